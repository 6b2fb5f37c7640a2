#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Reads a bound dossier back the way a reviewer does, with tools other than Shenbao
(pdftotext, qpdf --json, openpyxl), and prints one JSON object of what it found:

  cover_date      the 填报日期 printed on the cover
  xlsx_date       the 填表日期 of the Attachment 3 row (when an XLSX is given)
  internal_ids    rule ids (EQ-4, BASE-1 …) found on printed pages
  format_strings  「yyyy」「M月d日」 found on printed pages
  radicals        Kangxi radicals in the text layer of any page (「⼴州⽰例」)
  spaced          lines where ideographs come back letter-spaced (「符 合 条 件」)
  items           per evidence item: number, title, firstPage (embedded data), toc, bookmark
                  and index page as printed / pointed to
usage: review_dossier.py DOSSIER.pdf [ROW.xlsx]
"""
import json
import re
import subprocess
import sys


def run(*args):
    return subprocess.run(args, check=True, capture_output=True).stdout


def page_texts(pdf, layout=True):
    text = run("pdftotext", *(["-layout"] if layout else []), pdf, "-").decode("utf-8")
    return text.split("\f")


def label_of(page):
    label = page.get("label")
    if not label:
        return str(page["pageposfrom1"])
    style = label.get("/S", "")
    start = label.get("/St", 1)
    prefix = label.get("/P", "")
    if isinstance(prefix, str) and prefix.startswith("u:"):
        prefix = prefix[2:]
    if style == "/D":
        return f"{prefix}{start}"
    if style == "/r":
        numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        n, out = start, ""
        for value, glyph in numerals:
            while n >= value:
                out += glyph
                n -= value
        return prefix + out
    return prefix


def flatten(outlines, into):
    for o in outlines:
        into.append(o)
        flatten(o.get("kids", []), into)
    return into


def main():
    pdf = sys.argv[1]
    xlsx = sys.argv[2] if len(sys.argv) > 2 else None
    info = json.loads(run("qpdf", "--json", "--json-key=pages", "--json-key=outlines", pdf))
    labels = {p["pageposfrom1"]: label_of(p) for p in info["pages"]}
    embedded = json.loads(run("qpdf", "--show-attachment=shenbao-dossier.json", pdf))

    pages = page_texts(pdf)
    raw = page_texts(pdf, layout=False)
    found = {}

    date = re.search(r"填报日期：\s*(\d{4}年\d{1,2}月\d{1,2}日)", pages[0])
    found["cover_date"] = date.group(1) if date else None

    # Shenbao's own pages: everything before the first evidence item's separator (the page
    # before its first page, as the embedded data names it).
    with_pages = [e for e in embedded["evidence"] if "firstPage" in e]
    first = min((e["firstPage"] for e in with_pages), default=None)
    by_label = {label: pos for pos, label in labels.items()}
    end = by_label.get(str(first), len(pages) + 1) - 2 if first else len(pages)
    generated = pages[:end]
    joined = "\n".join(generated)
    found["internal_ids"] = sorted(set(re.findall(
        r"\b(?:BASE|EQ|SW|NET|SOL|ORG|TAL|FIN|PIL|ROUTE|DOC)-[0-9A-Z]+\b", joined)))
    found["format_strings"] = sorted(set(re.findall(r"yyyy|M月d日|MM-dd", joined)))
    found["spaced"] = [line.strip() for line in "\n".join(raw[:len(generated)]).splitlines()
                       if re.search(r"(?:[\u4e00-\u9fff] ){5,}", line)]

    # Kangxi radicals (U+2E80–U+2FDF) stand for ideographs whose glyph a font shares with them:
    # a broken text layer, on Shenbao's pages or on the demo's sample evidence.
    found["radicals"] = sorted(set(c for c in "".join(raw) if 0x2E80 <= ord(c) <= 0x2FDF))
    outline = flatten(info.get("outlines", []), [])
    toc_text = "\n".join(t for pos, t in enumerate(generated, start=1)
                         if re.fullmatch(r"[ivx]+", labels.get(pos, "")))
    index_start = next((pos for pos, t in enumerate(generated, start=1)
                        if labels.get(pos, "").isdigit()
                        and re.search(r"^\s*佐证材料目录\s*$", t, re.M)), len(generated))
    index_text = "\n".join(generated[index_start - 1:])
    items = []
    for n, e in enumerate(sorted((e for e in embedded["evidence"] if "firstPage" in e),
                                 key=lambda e: e["firstPage"]), start=1):
        item = {"number": n, "title": e.get("title"), "firstPage": e["firstPage"]}
        m = re.search(rf"佐证材料 {n}：.*?\s(\S+)\s*$", toc_text, re.M)
        item["toc"] = m.group(1) if m else None
        mark = [o for o in outline if o.get("title", "").startswith(f"佐证材料 {n}：")]
        item["bookmark"] = labels.get(mark[0].get("destpageposfrom1")) if mark else None
        m = re.search(rf"^\s*{n}\s{{2,}}.*?\s(\d+)(?:–\d+)?\s*$", index_text, re.M)
        item["index"] = m.group(1) if m else None
        items.append(item)
    found["items"] = items

    if xlsx:
        import openpyxl
        sheet = openpyxl.load_workbook(xlsx).worksheets[0]
        cells = " ".join(str(c.value) for row in sheet.iter_rows(max_row=3) for c in row if c.value)
        m = re.search(r"(\d{4}年\d{1,2}月\d{1,2}日)", cells)
        found["xlsx_date"] = m.group(1) if m else None
    json.dump(found, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
