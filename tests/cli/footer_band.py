#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
"""The footer band (spec/dossier-layout.md, "Every page from part 3 on"; issue 13 item 1):
full-bleed scanned evidence — upright and rotated — is bound, rendered with pdftoppm and
measured: the band along the displayed bottom edge holds no evidence content, only the footer,
whose words pdftotext finds inside the band; the evidence's own content stream is carried over
byte for byte; and the dossier still reads 一致.

usage: footer_band.py SHENBAO_BINARY TESTS_DATA_DIR
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pikepdf

SHENBAO, DATA = sys.argv[1], sys.argv[2]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
BAND_MM = 16.0
failures = []
CONTENT = b"0 0 0 rg 0 0 595.276 841.89 re f"


def check(name, cond, detail=""):
    print(("ok   " if cond else "FAIL ") + name)
    if not cond:
        failures.append(name)
        print("     " + str(detail)[:2000])


def shenbao(*args):
    return subprocess.run([SHENBAO, *args], capture_output=True, text=True, env=ENV)


def dark_fraction(pgm, rows):
    with open(pgm, "rb") as f:
        magic, size, _, data = f.read().split(b"\n", 3)
    w, h = map(int, size.split())
    total = dark = 0
    for r in rows(h):
        line = data[r * w:(r + 1) * w]
        dark += sum(1 for v in line if v < 128)
        total += w
    return dark / max(total, 1)


work = tempfile.mkdtemp(prefix="shenbao-band-")
try:
    project = json.load(open(os.path.join(DATA, "json", "full-project.json")))
    template = [e for e in project["evidence"] if e.get("file", "").endswith(".pdf")][0]
    evidence = []
    for name, rotate in (("bleed.pdf", 0), ("bleed-rotated.pdf", 90)):
        pdf = pikepdf.new()
        pdf.add_blank_page(page_size=(595.276, 841.89))
        page = pdf.pages[0]
        page.obj.Contents = pdf.make_stream(CONTENT)
        if rotate:
            page.obj.Rotate = rotate
        pdf.save(os.path.join(work, name))
        e = dict(template, id="ev-" + name.split(".")[0], file=name, title=name)
        evidence.append(e)
    project["evidence"] = evidence
    with open(os.path.join(work, "p.json"), "w") as f:
        json.dump(project, f, ensure_ascii=False)
    r = shenbao("new", "--from", os.path.join(work, "p.json"), os.path.join(work, "p.shenbao"))
    check("project with full-bleed evidence", r.returncode == 0, r.stderr)
    out = os.path.join(work, "out.pdf")
    r = shenbao("export", os.path.join(work, "p.shenbao"), "--pdf", out, "--force")
    check("export", r.returncode == 0, r.stderr)

    bound = pikepdf.open(out)
    data = json.loads(bound.attachments["shenbao-dossier.json"].get_file().read_bytes())
    pages = data["binding"]["pages"]
    for e in evidence:
        i = [k for k, p in enumerate(pages) if p.get("evidence") == e["id"]][0]
        streams = bound.pages[i].obj.Contents
        carried = any(s.read_bytes() == CONTENT for s in streams)
        check("%s: the evidence content stream is carried over byte for byte" % e["file"], carried)
        subprocess.run(["pdftoppm", "-f", str(i + 1), "-l", str(i + 1), "-r", "36", "-gray",
                        out, os.path.join(work, "pg")], check=True)
        pgm = [f for f in os.listdir(work) if f.startswith("pg") and f.endswith(".pgm")][0]
        pgm = os.path.join(work, pgm)
        band = lambda h: range(h - int(h * BAND_MM / 297.0) + 1, h)
        above = lambda h: range(h // 3, h // 2)
        in_band, content = dark_fraction(pgm, band), dark_fraction(pgm, above)
        check("%s: the footer band holds no evidence (%.2f dark) while the scan above is dark (%.2f)"
              % (e["file"], in_band, content), in_band < 0.05 and content > 0.8)
        os.remove(pgm)
        xml = subprocess.run(["pdftotext", "-f", str(i + 1), "-l", str(i + 1), "-bbox", out, "-"],
                             capture_output=True, text=True, check=True).stdout
        w_pt, h_pt = map(float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', xml).groups())
        # pdftotext gives the unrotated size but displayed coordinates.
        h = w_pt if int(bound.pages[i].obj.get("/Rotate", 0)) % 180 else h_pt
        words = [(t, float(y)) for y, t in
                 re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', xml)]
        number = str(pages[i]["number"])
        check("%s: the footer (page %s) is printed inside the band" % (e["file"], number),
              any(t == number and y > h - BAND_MM * 72 / 25.4 for t, y in words), words)
    bound.close()
    r = shenbao("read", out)
    check("the dossier reads 一致", r.returncode == 0, r.stdout + r.stderr)
finally:
    shutil.rmtree(work, ignore_errors=True)

print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
