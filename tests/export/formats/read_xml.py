"""Reads an XML export with Python's ElementTree and compares every value (xmllint checks the schema).

usage: read_xml.py FILE EXPECTED SOURCE
"""
import sys
import xml.etree.ElementTree as ET

import expected

path, expected_path, source = sys.argv[1:4]
NS = "{urn:geoclimate:export:1}"
NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
columns, rows = expected.load(expected_path)
m = expected.Mismatches("python xml")

root = ET.parse(path).getroot()
m.check(root.tag == NS + "export", "root", root.tag, NS + "export")
m.check(root.get("source") == source, "source attribute", root.get("source"), source)
wrappers = list(root)
m.check(len(wrappers) == 1 and wrappers[0].tag == NS + source, "wrapper", [w.tag for w in wrappers], NS + source)
records = list(wrappers[0]) if wrappers else []
m.check(len(records) == len(rows), "row count", len(records), len(rows))
names = [c[0] for c in columns]
doubles = {"NaN": float("nan"), "INF": float("inf"), "-INF": float("-inf")}
for r, (record, row) in enumerate(zip(records, rows), start=1):
    m.check(record.tag == NS + "row", "row %d tag" % r, record.tag, NS + "row")
    children = list(record)
    m.check([c.tag for c in children] == [NS + n for n in names], "row %d children" % r, [c.tag for c in children], names)
    for child, name, (kind, value) in zip(children, names, row):
        where = "row %d column %s" % (r, name)
        nil = child.get(NIL) == "true"
        text = child.text or ""
        if kind == "null":
            m.check(nil and text == "" and len(child) == 0, where, (child.attrib, text), "nil")
            continue
        m.check(not nil, where + " nil", child.attrib, "not nil")
        if kind == "integer":
            m.check(text == str(value), where, text, value)
        elif kind == "double":
            actual = doubles[text] if text in doubles else float(text)
            m.check(expected.same_double(actual, value), where, text, value)
        elif kind == "boolean":
            m.check(text == ("true" if value else "false"), where, text, value)
        elif kind == "text":
            m.check(text == value, where, text, value)
        elif kind == "timestamp":
            m.check(text == expected.iso(value), where, text, expected.iso(value))
m.finish()
