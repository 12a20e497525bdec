#!/usr/bin/env python3
"""Builds the re3d casualty set: the 98 documents of dstl/re3d as article files, beside hand-written labels.

usage: build.py MIRROR OUT
  MIRROR  the git directory `fetch github:dstl/re3d` returned (e.g. /work/.mirror/dstl+re3d/repo)
  OUT     folder to write: OUT/docs/NNN.txt (title, blank line, text; numbered in order of the documents' _id)
          and OUT/expected.json (a copy of the labels beside this script)

Then: python3 ../shared/eval/score.py OUT/expected.json --kinds killed,wounded

The labels (expected.json here) were written by hand from every sentence with a casualty word, before Newswire
was run on these texts: "at least / more than N" is a lower bound (low), vague quantities ("dozens", "scores") and
single named people are optional, a mixed total ("more than 60 civilians were killed and injured") has no label.
The texts themselves stay out of the repository: each re3d source has its own licence.
"""
import json, os, shutil, subprocess, sys


def documents(mirror):
    names = subprocess.run(["git", "-C", mirror, "ls-tree", "-r", "--name-only", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    docs = []
    for name in names:
        if name.endswith("documents.json"):
            raw = subprocess.run(["git", "-C", mirror, "show", "HEAD:" + name], capture_output=True, check=True)
            docs += [json.loads(line) for line in raw.stdout.decode("utf-8-sig").splitlines() if line.strip()]
    return sorted(docs, key=lambda d: d["_id"])


def main(mirror, out):
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    for i, doc in enumerate(documents(mirror)):
        with open(os.path.join(out, "docs", f"{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write((doc.get("title") or "").strip() + "\n\n" + doc["text"].strip() + "\n")
    shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.json"), out)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
