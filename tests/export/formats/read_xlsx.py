"""Reads an XLSX export with openpyxl and compares every value, its type, and the sheet layout.

usage: read_xlsx.py FILE EXPECTED SHEETNAME ROWS_PER_SHEET
Layout: one sheet per ROWS_PER_SHEET data rows, named SHEETNAME, "SHEETNAME (2)", ...; each has the column
names as a bold header row, panes frozen below it, and an autofilter over header and rows.
Values (docs/export-formats.md): numbers as 16-digit doubles, integers beyond 2**53 and numbers beyond
9.99999999999999E+307 as text, NaN/inf as text, timestamps from 1900-03-01 on as dates (UTC, ms), earlier
ones as ISO text, empty strings as empty cells.
"""
import datetime
import math
import re
import sys

import openpyxl
from openpyxl.utils import get_column_letter

import expected

path, expected_path, sheet_name, per_sheet = sys.argv[1:5]
per_sheet = int(per_sheet)
columns, rows = expected.load(expected_path)
names = [c[0] for c in columns]
m = expected.Mismatches("openpyxl")

workbook = openpyxl.load_workbook(path)
sheets = max(1, math.ceil(len(rows) / per_sheet))
titles = [sheet_name] + ["%s (%d)" % (sheet_name[: 31 - len(" (%d)" % i)], i) for i in range(2, sheets + 1)]
m.check(workbook.sheetnames == titles, "sheet names", workbook.sheetnames, titles)
FIRST_DATE_MS = -2203891200000  # 1900-03-01


def ooxml_escaped(text):
    """Text as stored in OOXML's ST_Xstring form, which openpyxl returns without decoding (Excel decodes it)."""
    text = re.sub(r"_(?=x[0-9A-Fa-f]{4}_)", "_x005F_", text)
    return re.sub(r"[\x00-\x08\x0b-\x1f]", lambda m: "_x%04X_" % ord(m.group()), text)


def check_cell(where, actual, kind, value):
    if kind == "null":
        m.check(actual is None, where, actual, None)
    elif kind == "integer":
        if abs(value) <= 2 ** 53:
            m.check(isinstance(actual, int) and not isinstance(actual, bool) and actual == value, where, actual, value)
        else:
            m.check(actual == str(value), where, actual, str(value))
    elif kind == "double":
        if math.isnan(value):
            m.check(actual == "NaN", where, actual, "NaN")
        elif math.isinf(value):
            want = "Infinity" if value > 0 else "-Infinity"
            m.check(actual == want, where, actual, want)
        elif abs(value) > 9.99999999999999e307:
            m.check(isinstance(actual, str) and float(actual) == value, where, actual, value)
        else:
            want = float("%.16G" % value)
            ok = isinstance(actual, (int, float)) and not isinstance(actual, bool) and float(actual) == want
            m.check(ok, where, actual, want)
    elif kind == "boolean":
        m.check(isinstance(actual, bool) and actual == value, where, actual, value)
    elif kind == "text":
        want = ooxml_escaped(value) if value != "" else None
        m.check(actual == want, where, actual, want)
    elif kind == "timestamp":
        if value >= FIRST_DATE_MS:
            want = expected.timestamp_datetime(value).replace(tzinfo=None)
            m.check(isinstance(actual, datetime.datetime) and actual == want, where, actual, want)
        else:
            m.check(actual == expected.iso(value), where, actual, expected.iso(value))


for s, title in enumerate(titles):
    if title not in workbook.sheetnames:
        continue
    sheet = workbook[title]
    chunk = rows[s * per_sheet:(s + 1) * per_sheet]
    last = "%s%d" % (get_column_letter(len(names)), len(chunk) + 1)
    m.check(sheet.freeze_panes == "A2", title + " frozen panes", sheet.freeze_panes, "A2")
    m.check(sheet.auto_filter.ref == "A1:" + last, title + " autofilter", sheet.auto_filter.ref, "A1:" + last)
    m.check(sheet.max_row == len(chunk) + 1, title + " rows", sheet.max_row, len(chunk) + 1)
    for c, name in enumerate(names, start=1):
        cell = sheet.cell(row=1, column=c)
        m.check(cell.value == name and cell.font.b, title + " header " + name, (cell.value, cell.font.b), (name, True))
    for r, row in enumerate(chunk, start=2):
        for c, (kind, value) in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            check_cell("%s row %d column %s" % (title, s * per_sheet + r - 1, names[c - 1]), cell.value, kind, value)
            if kind == "timestamp" and value >= FIRST_DATE_MS:
                m.check(cell.is_date, "date format at row %d" % (r - 1), cell.number_format, "a date format")
m.finish()
