#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
"""The tampering suite (issue 9): an officer's ways of changing an exported dossier, each of
which `shenbao read` must report as 不一致 (exit 1) with a finding that names the page, while
the untouched dossier reads 一致 (exit 0) and two exports stay byte-identical.

Built at test time from the demo project with pikepdf (the attacker's tool, not Shenbao's);
the incremental update and the object-stream bomb are appended by hand, as an attacker would.
Inputs that once got through are kept in tests/data/tampered/ and read again.

usage: dossier_tampering.py SHENBAO_BINARY TESTS_DATA_DIR
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zlib

import pikepdf

SHENBAO, DATA = sys.argv[1], sys.argv[2]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
failures = []


def run(*args):
    # wait4 gives this child's own peak memory (ru_maxrss, KiB).
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([SHENBAO, *args], stdout=out, stderr=err, env=ENV)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return p.returncode, out.read().decode(), err.read().decode(), usage.ru_maxrss


def check(name, cond, detail=""):
    print(("ok   " if cond else "FAIL ") + name)
    if not cond:
        failures.append(name)
        print("     " + detail.replace("\n", "\n     ")[:3000])


def canonical_fingerprint(data):
    d = dict(data)
    d.pop("fingerprint", None)
    text = json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def embedded(pdf):
    return json.loads(pdf.attachments["shenbao-dossier.json"].get_file().read_bytes())


def put_embedded(pdf, data):
    pdf.attachments["shenbao-dossier.json"] = pikepdf.AttachedFileSpec(
        pdf, json.dumps(data, ensure_ascii=False, indent=4).encode(), mime_type="application/json")


def expect_mismatch(name, path, *needles):
    code, out, err, _ = run("read", path)
    text = out + err
    ok = code == 1 and "不一致" in text and all(n in text for n in needles)
    check(name, ok, "exit %d\n%s" % (code, text))


work = tempfile.mkdtemp(prefix="shenbao-tamper-")
try:
    project = os.path.join(work, "demo.shenbao")
    original = os.path.join(work, "dossier.pdf")
    again = os.path.join(work, "again.pdf")
    run("demo", project)
    code, out, err, _ = run("export", project, "--pdf", original)
    check("export", code == 0, out + err)
    run("export", project, "--pdf", again)
    with open(original, "rb") as a, open(again, "rb") as b:
        check("two exports are byte-identical", a.read() == b.read())

    code, out, err, _ = run("read", original)
    check("the untouched dossier reads 一致 with exit 0", code == 0 and "一致" in out, out + err)

    base = pikepdf.open(original)
    data = embedded(base)
    pages = data["binding"]["pages"]
    evidence = [i for i, p in enumerate(pages) if "evidence" in p]
    e1, e2 = evidence[0], evidence[3]
    label = lambda i: "第 %d 张（页码 %s）" % (i + 1, pages[i]["label"])
    base.close()

    def tampered(name, edit, **save):
        pdf = pikepdf.open(original)
        edit(pdf)
        path = os.path.join(work, name + ".pdf")
        pdf.save(path, **save)
        pdf.close()
        return path

    # Pages replaced, swapped, added.
    def replace(pdf):
        pdf.pages[e1] = pikepdf.Page(pdf.pages[e2])
    expect_mismatch("an evidence page replaced by another page", tampered("replace", replace),
                    label(e1))

    def swap(pdf):
        a, b = pikepdf.Page(pdf.pages[e1]), pikepdf.Page(pdf.pages[e2])
        pdf.pages[e1], pdf.pages[e2] = b, a
    expect_mismatch("two pages swapped", tampered("swap", swap), label(e1), label(e2), "移动或调换")

    def add_end(pdf):
        pdf.pages.append(pikepdf.Page(pdf.pages[e2]))
    expect_mismatch("a page added at the end", tampered("add-end", add_end),
                    "第 %d 张" % (len(pages) + 1))

    def add_middle(pdf):
        pdf.pages.insert(e1, pikepdf.Page(pdf.pages[e2]))
    expect_mismatch("a page added in the middle", tampered("add-middle", add_middle), label(e1))

    def add_before_cover(pdf):
        pdf.pages.insert(0, pikepdf.Page(pdf.pages[e2]))
    expect_mismatch("a page added before the cover", tampered("add-first", add_before_cover),
                    label(0))

    # A stamp overlaid on an evidence page; a scan's image data altered.
    def stamp(pdf):
        pg = pdf.pages[e1]
        pg.contents_add(pdf.make_stream(b"q 1 0 0 rg 300 300 80 80 re f Q"), prepend=False)
    expect_mismatch("a stamp overlaid on an evidence page", tampered("stamp", stamp), label(e1))

    def stamp_under_footer(pdf):
        # Inserted before the footer layer, so that the footer is still the last stream.
        pg = pdf.pages[e1]
        contents = pg.obj.Contents
        stream = pdf.make_indirect(pikepdf.Stream(pdf, b"q 0 0 1 rg 100 100 50 50 re f Q"))
        items = list(contents)
        pg.obj.Contents = pikepdf.Array(items[:-1] + [stream] + items[-1:])
    expect_mismatch("a stamp slipped in under the footer", tampered("stamp-under", stamp_under_footer),
                    label(e1))

    def alter_image(pdf):
        for i in evidence:
            for name, img in pdf.pages[i].images.items():
                raw = bytearray(img.read_raw_bytes())
                raw[len(raw) // 2] ^= 0xFF
                img.write(bytes(raw), filter=img.Filter, decode_parms=img.get("/DecodeParms"))
                pdf.pages[i].obj  # noqa: B018 (keep the page referenced)
                altered.append(i)
                return
    altered = []
    path = tampered("image", alter_image)
    check("the demo has a scanned evidence image", bool(altered))
    if altered:
        expect_mismatch("a scan's image data altered", path, label(altered[0]))

    # Embedded data edited, fingerprint recomputed and put back; printed fingerprint differs.
    def more_staff(pdf):
        d = embedded(pdf)
        d["applicant"]["rdStaff"] = d["applicant"]["rdStaff"] + 30
        d["fingerprint"] = canonical_fingerprint(d)
        put_embedded(pdf, d)
        pdf.docinfo["/ShenbaoFingerprint"] = d["fingerprint"]
    expect_mismatch("data edited with the fingerprint recomputed in data and document info",
                    tampered("more-staff", more_staff), "页脚印的指纹", "封面上没有印着", label(4))

    def other_sha(pdf):
        d = embedded(pdf)
        d["evidence"][0]["sha256"] = "0" * 64
        d["fingerprint"] = canonical_fingerprint(d)
        put_embedded(pdf, d)
        pdf.docinfo["/ShenbaoFingerprint"] = d["fingerprint"]
    evidence_first = [i for i, p in enumerate(pages) if p.get("evidence") == data["evidence"][0]["id"]][0]
    expect_mismatch("an evidence SHA-256 changed in the data", tampered("sha256", other_sha),
                    label(evidence_first), "SHA-256")

    def other_first_page(pdf):
        d = embedded(pdf)
        d["evidence"][1]["firstPage"] += 1
        d["fingerprint"] = canonical_fingerprint(d)
        put_embedded(pdf, d)
        pdf.docinfo["/ShenbaoFingerprint"] = d["fingerprint"]
    expect_mismatch("an evidence firstPage changed in the data", tampered("first-page", other_first_page),
                    "evidence[%s]" % data["evidence"][1]["id"])

    # Encryption with an empty user password; an extra embedded file.
    expect_mismatch("encrypted with an empty user password",
                    tampered("encrypted", lambda pdf: None,
                             encryption=pikepdf.Encryption(owner="owner", user="")),
                    "加密")

    def attach(pdf):
        pdf.attachments["notes.txt"] = pikepdf.AttachedFileSpec(pdf, b"hello")
    expect_mismatch("an extra embedded file", tampered("attachment", attach), "notes.txt")

    def open_action(pdf):
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
    expect_mismatch("a script added to the catalog", tampered("open-action", open_action),
                    "/OpenAction")

    # An incremental update that rewrites one evidence page (appended by hand).
    with open(original, "rb") as f:
        raw = f.read()
    pdf = pikepdf.open(original)
    page = pdf.pages[e1].obj
    page_num = page.objgen[0]
    size = int(pdf.trailer.Size)
    root = pdf.trailer.Root.objgen[0]
    info = pdf.trailer.Info.objgen[0]
    file_id = bytes(pdf.trailer.ID[0]).hex()
    page_dict = pikepdf.Dictionary(page)  # a direct copy
    page_dict.Contents = pikepdf.Name("/ShenbaoTamperContents")
    body = page_dict.unparse().replace(b"/ShenbaoTamperContents", b"%d 0 R" % size)
    pdf.close()
    start_xref = raw.rfind(b"startxref")
    prev = int(raw[start_xref + 9:].split()[0])
    update = bytearray(b"\n")
    offsets = {}
    offsets[page_num] = len(raw) + len(update)
    update += b"%d 0 obj\n%s\nendobj\n" % (page_num, body)
    offsets[size] = len(raw) + len(update)
    content = b"q 1 0 0 rg 0 0 600 850 re f Q"
    update += b"%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (size, len(content), content)
    xref_at = len(raw) + len(update)
    update += b"xref\n%d 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n" % (
        page_num, offsets[page_num], size, offsets[size])
    update += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + 1, root, info, prev, file_id.encode(), file_id.encode(), xref_at)
    incremental = os.path.join(work, "incremental.pdf")
    with open(incremental, "wb") as f:
        f.write(raw + bytes(update))
    expect_mismatch("an incremental update rewriting an evidence page", incremental, "增量更新",
                    label(e1))

    # The object-stream bomb: a revision putting the document info into a 1.5 GB flate object
    # stream, in a file of a few megabytes. Reading must stop within the cap and say so.
    compressor = zlib.compressobj(9)
    header = b"%d 0 0 " % info
    obj = b"<< /Title (bomb) >>"
    chunks = [compressor.compress(header + obj)]
    zero = bytes(1 << 20)
    for _ in range(1500):
        chunks.append(compressor.compress(zero))
    chunks.append(compressor.flush())
    stream = b"".join(chunks)
    update = bytearray(b"\n")
    objstm = size
    objstm_at = len(raw) + len(update)
    update += b"%d 0 obj\n<< /Type /ObjStm /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        objstm, len(header), len(stream))
    update += stream + b"\nendstream\nendobj\n"
    xref_at = len(raw) + len(update)
    entries = [(info, b"\x02" + objstm.to_bytes(4, "big") + b"\x00\x00"),
               (objstm, b"\x01" + objstm_at.to_bytes(4, "big") + b"\x00\x00")]
    entries.sort()
    xref_data = b"".join(e for _, e in entries)
    index = b" ".join(b"%d 1" % n for n, _ in entries)
    xref_num = size + 1
    update += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Index [%s %d 1] /Root %d 0 R /Info %d 0 R /Prev %d /Length %d >>\nstream\n" % (
        xref_num, xref_num + 1, index, xref_num, root, info, prev, len(xref_data) + 7)
    update += xref_data + b"\x01" + xref_at.to_bytes(4, "big") + b"\x00\x00" + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    bomb = os.path.join(work, "bomb.pdf")
    with open(bomb, "wb") as f:
        f.write(raw + bytes(update))
    code, out, err, rss = run("read", bomb)
    print("     " + (out + err).strip().replace("\n", "\n     "))
    size_mib = os.path.getsize(bomb) / 2**20
    check("the object-stream bomb (%.1f MiB file) is refused within 512 MiB (peak %d MiB)"
          % (size_mib, rss // 1024),
          code != 0 and "上限" in out + err and rss < 512 * 1024, "exit %d rss %d KiB\n%s" % (code, rss, out + err))

    # Regressions: inputs once found to get through are read again.
    regressions = os.path.join(DATA, "tampered")
    if os.path.isdir(regressions):
        for name in sorted(os.listdir(regressions)):
            if name.endswith(".pdf"):
                code, out, err, _ = run("read", os.path.join(regressions, name))
                check("regression %s is not 一致" % name, code != 0, out + err)
finally:
    shutil.rmtree(work, ignore_errors=True)

print("%d failure(s)" % len(failures))
sys.exit(1 if failures else 0)
