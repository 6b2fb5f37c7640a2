#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Writes hand-made hostile PDFs into dossier-pdf/: structures a mutating fuzzer is unlikely to
assemble by chance (loops, extreme nesting, lying lengths, absurd numbers), each aimed at one
thing the dossier reader touches: the trailer, the page tree, the page labels, the document
info and the embedded-file name tree. FuzzRegressionTest replays them.

Usage: make_hostile.py   (run from anywhere; writes next to this script)
"""
import os
import zlib

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dossier-pdf")


def pdf(objects, trailer_extra=b""):
    """objects: list of bodies for objects 1..n. Object 1 must be the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def stream(dict_body, data):
    return b"<< " + dict_body + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
PAGES1 = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
JSON = b'{"schema":"shenbao/1","call":"gd-2022-batch2"}'


def embedded(catalog_extra=b"", ef=None, names=b"[(shenbao-dossier.json) 4 0 R]"):
    ef = ef if ef is not None else stream(b"/Type /EmbeddedFile", JSON)
    return [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names " + names + b" >> >> "
        + catalog_extra + b">>",
        PAGES1,
        PAGE,
        b"<< /Type /Filespec /F (shenbao-dossier.json) /EF << /F 5 0 R >> >>",
        ef,
    ]


CASES = {
    # The page tree points back at itself.
    "hostile-page-tree-loop.pdf": pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        PAGE,
    ]),
    # Kids nested far deeper than any real document.
    "hostile-page-tree-deep.pdf": pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>"]
        + [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (i + 3) for i in range(2000)]
        + [b"<< /Type /Page /MediaBox [0 0 595 842] >>"]),
    # Arrays nested 20,000 deep in the document info.
    "hostile-info-nesting.pdf": pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", PAGES1, PAGE,
        b"<< /Title " + b"[" * 20000 + b"]" * 20000 + b" >>",
    ], b"/Info 4 0 R "),
    # Page labels with absurd numbers in every style, and a negative start.
    "hostile-page-labels.pdf": pdf([
        b"<< /Type /Catalog /Pages 2 0 R /PageLabels << /Nums [0 << /S /a /St 9223372036854775807 >> "
        b"1 << /S /R /St -5 >> 2 << /S /Q /P (x) >> ] >> >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
        PAGE, PAGE, PAGE,
    ]),
    # A page-label number tree whose Kids loop.
    "hostile-page-labels-loop.pdf": pdf([
        b"<< /Type /Catalog /Pages 2 0 R /PageLabels 4 0 R >>", PAGES1, PAGE,
        b"<< /Kids [4 0 R] /Limits [0 10] >>",
    ]),
    # An embedded-files name tree whose Kids loop.
    "hostile-names-loop.pdf": pdf([
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>", PAGES1, PAGE,
        b"<< /Kids [4 0 R] >>",
    ]),
    # The file spec is not a dictionary; then an odd-length Names array.
    "hostile-filespec-not-dict.pdf": pdf(embedded(names=b"[(shenbao-dossier.json) 42]")),
    "hostile-names-odd.pdf": pdf(embedded(names=b"[(shenbao-dossier.json) 4 0 R (dangling)]")),
    # The embedded stream claims a length of 100 GB.
    "hostile-length-lie.pdf": pdf(embedded(ef=b"<< /Type /EmbeddedFile /Length 100000000000 >>\nstream\n"
                                                + JSON + b"\nendstream")),
    # A 64 MB Flate bomb with no declared size: reading must stop at the 5 MB limit.
    "hostile-flate-bomb.pdf": pdf(embedded(ef=stream(b"/Type /EmbeddedFile /Filter /FlateDecode",
                                                     zlib.compress(b" " * (64 << 20), 9)))),
    # A filter the reader does not decode, and a broken Flate stream.
    "hostile-unknown-filter.pdf": pdf(embedded(ef=stream(b"/Type /EmbeddedFile /Filter /JBIG2Decode", JSON))),
    "hostile-broken-flate.pdf": pdf(embedded(ef=stream(b"/Type /EmbeddedFile /Filter /FlateDecode",
                                                       b"x\x9c\xff\xff\xff garbage"))),
    # The embedded file spec points outside the PDF only (no /EF): never followed.
    "hostile-external-filespec.pdf": pdf([
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(shenbao-dossier.json) 4 0 R] >> >> >>",
        PAGES1, PAGE,
        b"<< /Type /Filespec /F (/etc/passwd) /FS /URL >>",
    ]),
    # Encrypted with an unknown user password.
    "hostile-encrypted-header.pdf": pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", PAGES1, PAGE,
        b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <" + b"00" * 32 + b"> /U <" + b"11" * 32 + b"> >>",
    ], b"/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] "),
}

if __name__ == "__main__":
    os.makedirs(HERE, exist_ok=True)
    for name, data in CASES.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        print(name, len(data))
