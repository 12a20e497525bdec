#!/usr/bin/env python3
"""Builds the re3d claim set: the 98 documents of dstl/re3d as article files, beside hand-written labels.

usage: build.py MIRROR OUT [SPLIT]
  MIRROR  the git directory `fetch github:dstl/re3d` returned (e.g. /work/.mirror/dstl+re3d/repo)
  OUT     folder to write: OUT/docs/NNN.txt (title, blank line, text; numbered in order of the documents' _id)
          and OUT/expected.json (a copy of the labels beside this script)
  SPLIT   optional folder to write the two parts to: SPLIT/tune and SPLIT/untouched, each with its docs/ and
          expected.json (sha1 of "re3d:docs/NNN.txt": even -> tune, odd -> untouched)

Then: python3 ../shared/eval/score.py OUT/expected.json --kinds killed,wounded   (or troops,captured,displaced,weapons)

The labels (expected.json here) were written by hand, before Newswire was run on these texts, from every sentence
with a casualty word (killed, wounded) and every sentence with a number near a word of the other kinds
(candidates_kinds.py); README.md here gives the conventions. The texts themselves stay out of the repository: each
re3d source has its own licence.
"""
import hashlib, json, os, shutil, subprocess, sys


def documents(mirror):
    names = subprocess.run(["git", "-C", mirror, "ls-tree", "-r", "--name-only", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    docs = []
    for name in names:
        if name.endswith("documents.json"):
            raw = subprocess.run(["git", "-C", mirror, "show", "HEAD:" + name], capture_output=True, check=True)
            docs += [json.loads(line) for line in raw.stdout.decode("utf-8-sig").splitlines() if line.strip()]
    return sorted(docs, key=lambda d: d["_id"])


def part(name):
    return "tune" if int(hashlib.sha1(("re3d:" + name).encode()).hexdigest(), 16) % 2 == 0 else "untouched"


def split(out, folder):
    """Copies each labelled document and its labels into the part its name falls in."""
    with open(os.path.join(out, "expected.json"), encoding="utf-8") as f:
        labels = json.load(f)
    for name in ("tune", "untouched"):
        os.makedirs(os.path.join(folder, name, "docs"), exist_ok=True)
        mine = [art for art in labels if part(art["file"]) == name]
        for art in mine:
            shutil.copy(os.path.join(out, art["file"]), os.path.join(folder, name, art["file"]))
        with open(os.path.join(folder, name, "expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(mine, indent=1, ensure_ascii=False))


def main(mirror, out, split_folder=None):
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    for i, doc in enumerate(documents(mirror)):
        with open(os.path.join(out, "docs", f"{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write((doc.get("title") or "").strip() + "\n\n" + doc["text"].strip() + "\n")
    shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected.json"), out)
    if split_folder:
        split(out, split_folder)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
