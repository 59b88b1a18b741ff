"""Reads a YAML export with PyYAML's SafeLoader (YAML 1.1 resolution) and compares every value and its type.

usage: read_yaml.py FILE EXPECTED
"""
import datetime
import sys

import yaml

import expected

path, expected_path = sys.argv[1:3]
columns, rows = expected.load(expected_path)
m = expected.Mismatches("python yaml")

with open(path, encoding="utf-8") as f:
    data = yaml.load(f, Loader=yaml.SafeLoader)

m.check(isinstance(data, list), "top level", type(data).__name__, "list")
m.check(len(data) == len(rows), "row count", len(data), len(rows))
names = [c[0] for c in columns]
for r, (mapping, row) in enumerate(zip(data, rows), start=1):
    m.check(isinstance(mapping, dict) and list(mapping.keys()) == names, "row %d keys" % r, mapping.keys(), names)
    for name, (kind, value) in zip(names, row):
        actual = mapping.get(name, "<missing>")
        where = "row %d column %s" % (r, name)
        if kind == "null":
            m.check(actual is None, where, actual, None)
        elif kind == "integer":
            m.check(type(actual) is int and actual == value, where, actual, value)
        elif kind == "double":
            m.check(expected.same_double(actual, value), where, actual, value)
        elif kind == "boolean":
            m.check(type(actual) is bool and actual == value, where, actual, value)
        elif kind == "text":
            m.check(type(actual) is str and actual == value, where, actual, value)
        elif kind == "timestamp":
            want = expected.timestamp_datetime(value)
            ok = (isinstance(actual, datetime.datetime) and actual.tzinfo is not None
                  and actual.utcoffset() == datetime.timedelta(0) and actual == want)
            m.check(ok, where, actual, want)
m.finish()
