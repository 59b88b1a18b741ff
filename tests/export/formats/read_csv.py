"""Reads a CSV export with Python's csv module and compares every value.

usage: read_csv.py FILE EXPECTED DELIMITER QUOTE NULLTEXT FORMULA(0/1) BOM(0/1) HEADER(0/1) LINEEND(crlf/lf)
"""
import csv
import sys

import expected

path, expected_path, delimiter, quote, null_text, formula, bom, header, line_end = sys.argv[1:10]
formula, bom, header = formula == "1", bom == "1", header == "1"
columns, rows = expected.load(expected_path)
m = expected.Mismatches("python csv")

raw = open(path, "rb").read()
m.check(raw.startswith(b"\xef\xbb\xbf") == bom, "byte order mark", raw[:3], bom)
eol = b"\r\n" if line_end == "crlf" else b"\n"
m.check(raw.endswith(eol) and (line_end == "crlf" or not raw.endswith(b"\r\n")), "line ending", raw[-2:], eol)

with open(path, encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
    records = list(csv.reader(f, delimiter=delimiter, quotechar=quote, doublequote=True, strict=True))

if header:
    m.check(records[0] == [c[0] for c in columns], "header", records[0], [c[0] for c in columns])
    records = records[1:]
m.check(len(records) == len(rows), "row count", len(records), len(rows))


def expected_field(kind, value):
    if kind == "null":
        return null_text
    if kind == "integer":
        return str(value)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "text":
        if formula and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
            return "'" + value
        return value
    if kind == "timestamp":
        return expected.iso(value)
    raise ValueError(kind)


for r, (record, row) in enumerate(zip(records, rows), start=1):
    m.check(len(record) == len(row), "row %d field count" % r, len(record), len(row))
    for c, (field, (kind, value)) in enumerate(zip(record, row)):
        where = "row %d column %s" % (r, columns[c][0])
        if kind == "double":
            try:
                actual = float(field)
            except ValueError:
                actual = field
            m.check(expected.same_double(actual, value), where, field, value)
        else:
            m.check(field == expected_field(kind, value), where, field, expected_field(kind, value))
m.finish()
