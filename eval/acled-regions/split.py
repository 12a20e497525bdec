#!/usr/bin/env python3
"""Split each set built by build.py into tune and untouched by its ACLED event ids (rule in README.md).

usage: split.py OUT_DIR SPLIT_DIR
"""
import csv, hashlib, json, os, sys

SETS = ("east-africa", "south-asia", "middle-east", "latin-america")


def part(event_id):
    return "tune" if hashlib.sha1(event_id.encode()).hexdigest()[0] in "01234567" else "untouched"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    out, split = sys.argv[1:]
    for name in SETS:
        event = {r["file"]: r["event_id"] for r in csv.DictReader(open(os.path.join(out, name, "provenance.csv")))}
        parts = {"tune": [], "untouched": []}
        for note in json.load(open(os.path.join(out, name, "expected.json"))):
            target = os.path.join(split, part(event[note["file"]]), name)
            parts[part(event[note["file"]])].append(dict(note, file=os.path.relpath(os.path.join(out, name, note["file"]), target)))
        for p, notes in parts.items():
            d = os.path.join(split, p, name)
            os.makedirs(d, exist_ok=True)
            json.dump(notes, open(os.path.join(d, "expected.json"), "w"), indent=1)
            labelled = sum(1 for n in notes for c in n["claims"] if not c.get("optional"))
            print(f"{name} {p}: {len(notes)} notes, {labelled} required claims")


if __name__ == "__main__":
    main()
