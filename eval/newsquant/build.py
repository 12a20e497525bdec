#!/usr/bin/env python3
"""Builds the NewsQuant claim set: the selected NewsQuant sentences as one-sentence documents, beside the labels
written by hand in labels.json, split into a tuning part and an untouched part.

usage: build.py MIRROR OUT
  MIRROR  the git directory `fetch github:satya77/CQE_Evaluation` returned
          (e.g. /work/.mirror/satya77+CQE_Evaluation/repo)
  OUT     folder to write: OUT/docs/NNN.txt (NNN: the sentence's index in NewsQuant.json) and OUT/expected.json
          for every selected sentence; OUT/tune/ and OUT/untouched/ the same for each part
          (sha1 of "newsquant:" + id: even -> tune, odd -> untouched)

Then: python3 ../shared/eval/score.py OUT/tune/expected.json   (and OUT/untouched/expected.json, never tuned on)

The sentences are chosen by choose.py; labels.json holds, for each selected sentence's id (index, '-', first 8 hex
digits of the sha1 of its text), the claims a careful reader signs (README.md here: how they were written). The
texts stay out of the repository.
"""
import hashlib, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from choose import selection  # noqa: E402  (choose.py beside this script)

HERE = os.path.dirname(os.path.abspath(__file__))


def part(sentence_id):
    return "tune" if int(hashlib.sha1(("newsquant:" + sentence_id).encode()).hexdigest(), 16) % 2 == 0 else "untouched"


def write(folder, rows, labels):
    os.makedirs(os.path.join(folder, "docs"), exist_ok=True)
    expected = []
    for sid, text in rows:
        name = f"docs/{sid.split('-')[0]}.txt"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text.strip() + "\n")
        expected.append({"file": name, "id": sid, "claims": labels[sid]})
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


def main(mirror, out):
    raw = subprocess.run(["git", "--git-dir", mirror, "show", "HEAD:data/formatted_test_set/NewsQuant.json"],
                         capture_output=True, check=True).stdout
    rows = [(sid, text) for sid, text, _ in selection(json.loads(raw.decode("utf-8")))]
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    if set(labels) != {sid for sid, _ in rows}:
        sys.exit(f"labels.json and the selection disagree: {sorted(set(labels) ^ {sid for sid, _ in rows})}")
    write(out, rows, labels)
    for name in ("tune", "untouched"):
        write(os.path.join(out, name), [r for r in rows if part(r[0]) == name], labels)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
