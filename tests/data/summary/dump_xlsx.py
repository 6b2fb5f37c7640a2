#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Shenbao authors
# SPDX-License-Identifier: LGPL-3.0-or-later
"""Prints what SummaryTest checks in an XLSX file, as JSON on stdout.

Reads the file with openpyxl (Debian python3-openpyxl), an independent implementation, so the
test sees the workbook the way another program would, not the way libxlsxwriter meant it.
Usage: dump_xlsx.py FILE.xlsx
"""
import json
import sys
import zipfile

import openpyxl
from openpyxl.cell.cell import MergedCell


def cell_info(cell):
    value = cell.value
    font = cell.font
    border = cell.border
    return {
        "value": value if value is None or isinstance(value, (str, int, float)) else str(value),
        "type": type(value).__name__,
        "format": cell.number_format,
        "font": font.name if font else None,
        "size": float(font.sz) if font and font.sz else None,
        "bold": bool(font.b) if font else False,
        "wrap": bool(cell.alignment.wrap_text) if cell.alignment else False,
        "bordered": all(
            side is not None and side.style == "thin"
            for side in (border.left, border.right, border.top, border.bottom)
        ),
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    cells = {}
    for row in ws.iter_rows(min_row=1, max_row=max(ws.max_row, 3), max_col=16):
        for cell in row:
            if not isinstance(cell, MergedCell):
                cells[cell.coordinate] = cell_info(cell)
    setup = ws.page_setup
    created = wb.properties.created
    with zipfile.ZipFile(path) as z:
        zip_times = sorted({"%04d-%02d-%02dT%02d:%02d:%02d" % i.date_time for i in z.infolist()})
    out = {
        "sheets": wb.sheetnames,
        "maxRow": ws.max_row,
        "cells": cells,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "freeze": ws.freeze_panes,
        "orientation": setup.orientation,
        "paperSize": int(setup.paperSize) if setup.paperSize is not None else None,
        # An absent attribute means the ECMA-376 default, 1 page.
        "fitToWidth": int(setup.fitToWidth) if setup.fitToWidth is not None else 1,
        "fitToHeight": int(setup.fitToHeight) if setup.fitToHeight is not None else 1,
        "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        "printTitleRows": ws.print_title_rows,
        "footerCenter": ws.oddFooter.center.text,
        "columnWidths": {k: v.width for k, v in sorted(ws.column_dimensions.items())},
        "created": created.isoformat() if created else None,
        "zipTimes": zip_times,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
