#!/usr/bin/env python3
"""Splits the shared ACLED sets (../shared/eval/acled/build.py's output) into a tuning part and a held-out part.

usage: eval/acled_split.py ACLED_DIR OUT      (ACLED_DIR: ../eval-data/acled; OUT: ../eval-data/acled-split)

A note is tuning when int(sha256("<set>/<file>")) mod 100 < 60, else held out: decided by its name before any tuning,
never by a score (ukraine 106 / 57, sudan 233 / 159, burkina 57 / 26). Writes OUT/{tune,holdout}/<set>/expected.json
whose files point back into ACLED_DIR, so the note texts exist once and stay outside the repository.
"""
import hashlib, json, os, sys

SETS = ("ukraine", "sudan", "burkina")


def tuning(set_name, file):
    return int(hashlib.sha256(f"{set_name}/{file}".encode()).hexdigest(), 16) % 100 < 60


def main(acled, out):
    for set_name in SETS:
        with open(os.path.join(acled, set_name, "expected.json"), encoding="utf-8") as f:
            notes = json.load(f)
        for part in ("tune", "holdout"):
            folder = os.path.join(out, part, set_name)
            os.makedirs(folder, exist_ok=True)
            source = os.path.relpath(os.path.join(acled, set_name), folder)
            chosen = [dict(note, file=os.path.join(source, note["file"])) for note in notes
                      if tuning(set_name, note["file"]) == (part == "tune")]
            with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
                json.dump(chosen, f, indent=1, ensure_ascii=False)
            print(f"{part} {set_name}: {len(chosen)} notes")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
