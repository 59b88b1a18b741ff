"""Reads a JSON or NDJSON export with Python's strict json module and compares every value and type.

usage: read_json.py FILE EXPECTED array|ndjson
Strict: NaN/Infinity literals, duplicate keys and invalid UTF-8 are errors.
"""
import json
import sys

import expected

path, expected_path, mode = sys.argv[1:4]
columns, rows = expected.load(expected_path)
m = expected.Mismatches("python json " + mode)


def refuse_constant(name):
    raise ValueError("non-standard JSON constant " + name)


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate keys in %r" % keys)
    return pairs  # a list keeps the order for the check below


def parse(text):
    return json.loads(text, parse_constant=refuse_constant, object_pairs_hook=no_duplicates, strict=True)


raw = open(path, "rb").read()
text = raw.decode("utf-8")  # raises on invalid UTF-8
if mode == "ndjson":
    m.check(text.endswith("\n"), "final newline", text[-1:], "\n")
    objects = [parse(line) for line in text.split("\n")[:-1]]
else:
    objects = parse(text)
    m.check(isinstance(objects, list), "top level", type(objects).__name__, "list")

m.check(len(objects) == len(rows), "row count", len(objects), len(rows))
names = [c[0] for c in columns]
nonfinite = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
for r, (pairs, row) in enumerate(zip(objects, rows), start=1):
    m.check([k for k, _ in pairs] == names, "row %d keys" % r, [k for k, _ in pairs], names)
    for (key, actual), (kind, value) in zip(pairs, row):
        where = "row %d column %s" % (r, key)
        if kind == "null":
            m.check(actual is None, where, actual, None)
        elif kind == "integer":
            m.check(type(actual) is int and actual == value, where, actual, value)
        elif kind == "double":
            if isinstance(actual, str):
                m.check(actual in nonfinite and expected.same_double(nonfinite[actual], value), where, actual, value)
            else:
                m.check(expected.same_double(actual, value), where, actual, value)
        elif kind == "boolean":
            m.check(type(actual) is bool and actual == value, where, actual, value)
        elif kind == "text":
            m.check(type(actual) is str and actual == value, where, actual, value)
        elif kind == "timestamp":
            m.check(actual == expected.iso(value), where, actual, expected.iso(value))
m.finish()
