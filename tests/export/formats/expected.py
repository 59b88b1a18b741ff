"""Decodes the expected rows HardDataset::writeExpected stores, for the reader scripts.

Each cell becomes (kind, value): ("null", None), ("integer", int), ("double", float),
("boolean", bool), ("text", str), ("timestamp", int milliseconds since the epoch, UTC).
"""
import datetime
import json
import math
import struct

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def load(path):
    with open(path, encoding="ascii") as f:
        lines = f.read().splitlines()
    columns = json.loads(lines[0])
    rows = []
    for line in lines[1:]:
        row = []
        for cell in json.loads(line):
            if cell is None:
                row.append(("null", None))
            elif cell[0] == "i":
                row.append(("integer", int(cell[1])))
            elif cell[0] == "d":
                row.append(("double", struct.unpack(">d", bytes.fromhex(cell[1].rjust(16, "0")))[0]))
            elif cell[0] == "b":
                row.append(("boolean", bool(cell[1])))
            elif cell[0] == "t":
                row.append(("text", bytes.fromhex(cell[1]).decode("utf-8")))
            elif cell[0] == "ts":
                row.append(("timestamp", int(cell[1])))
            else:
                raise ValueError("unknown cell tag %r" % cell[0])
        rows.append(row)
    return columns, rows


def timestamp_datetime(ms):
    """An aware UTC datetime for milliseconds since the epoch."""
    return EPOCH + datetime.timedelta(milliseconds=ms)


def iso(ms):
    d = timestamp_datetime(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond // 1000)


def same_double(actual, expected):
    """Bit-exact except that every NaN equals every NaN."""
    if not isinstance(actual, float):
        return False
    if math.isnan(expected):
        return math.isnan(actual)
    return struct.pack(">d", actual) == struct.pack(">d", expected)


class Mismatches:
    """Collects mismatches and exits non-zero at the end if there were any."""

    def __init__(self, name):
        self.name = name
        self.count = 0
        self.checked = 0

    def check(self, ok, where, actual, expected):
        self.checked += 1
        if not ok:
            self.count += 1
            if self.count <= 20:
                print("%s: %s: got %r, expected %r" % (self.name, where, short(actual), short(expected)))

    def finish(self):
        import sys
        if self.count:
            print("%s: %d mismatches in %d checks" % (self.name, self.count, self.checked))
            sys.exit(1)
        if self.checked == 0:
            print("%s: nothing was checked" % self.name)
            sys.exit(1)
        print("%s: %d values checked, all equal" % (self.name, self.checked))


def short(value):
    if isinstance(value, str) and len(value) > 80:
        return value[:60] + "...(%d chars)" % len(value)
    return value
