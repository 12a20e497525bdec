#!/usr/bin/env python3
"""Builds the Korean-English news claim set: the pairs choose.py selects from the Korean-English news parallel
corpus (jungyeul/korean-parallel-corpora, korean-english-news-v1, CC BY-SA 3.0), each sentence a one-line document,
beside the labels written by hand in labels.json, in two languages and two parts.

usage: build.py GIT_DIR OUT
  GIT_DIR  the git directory `fetch github:jungyeul/korean-parallel-corpora` returned
           (e.g. /work/.mirror/jungyeul+korean-parallel-corpora/repo)
  OUT      folder to write: OUT/{ko,en}/{tune,untouched}/docs/NNN.txt (NNN: the pair's place in the selection, the
           same number in both languages) and OUT/{ko,en}/{tune,untouched}/expected.json

Then: python3 ../shared/eval/score.py OUT/ko/tune/expected.json --batch 400   (and OUT/en/tune/; the untouched parts
are scored only at the end, their errors never read)

The part of a pair is decided by the sha1 of its id (even -> tune, odd -> untouched), so a pair is in the same part
in both languages. labels.json holds, for each pair id, the claims a careful reader signs in the Korean sentence
("ko") and, separately, in the English one ("en") (README.md here: how they were written). The texts stay out of
the repository.
"""
import hashlib, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from choose import selection  # noqa: E402  (choose.py beside this script)

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ("ko", "en")


def part(pair_id):
    return "tune" if int(hashlib.sha1(pair_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "untouched"


def write(folder, language, rows, labels):
    os.makedirs(os.path.join(folder, "docs"), exist_ok=True)
    expected = []
    for number, pair_id, text in rows:
        name = f"docs/{number:03d}.txt"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        expected.append({"file": name, "id": pair_id, "tier": language, "claims": labels[pair_id][language]})
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
        f.write("\n")


def checked_labels(folder, chosen):
    """The labels.json of folder, which must label exactly the chosen pairs (rows whose first field is the id)."""
    with open(os.path.join(folder, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    ids = {row[0] for row in chosen}
    if set(labels) != ids:
        sys.exit(f"labels.json and the selection disagree: {sorted(set(labels) ^ ids)}")
    return labels


def main(git_dir, out):
    chosen = selection(git_dir)
    labels = checked_labels(HERE, chosen)
    for language in LANGUAGES:
        column = 1 if language == "ko" else 2
        for name in ("tune", "untouched"):
            rows = [(n, row[0], row[column]) for n, row in enumerate(chosen) if part(row[0]) == name]
            write(os.path.join(out, language, name), language, rows, labels)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
