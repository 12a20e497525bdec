#!/usr/bin/env python3
"""Builds the second batch of the Korean-English news claim set (English only): the pairs select_english.py selects, each
English sentence a one-line document, beside the labels written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT
  GIT_DIR  the git directory `fetch github:jungyeul/korean-parallel-corpora` returned
           (e.g. /work/.mirror/jungyeul+korean-parallel-corpora/repo)
  OUT      folder to write: OUT/en/{tune,untouched}/docs/NNN.txt (NNN: the pair's place in the selection) and
           OUT/en/{tune,untouched}/expected.json

The part of a pair is that of eval/ko-news (sha1 of the pair id, even -> tune, odd -> untouched), decided before
labelling. The texts stay out of the repository.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "ko-news"), HERE]  # "build" and "choose" are those of eval/ko-news
from build import checked_labels, part, write  # noqa: E402  (eval/ko-news/build.py: split, layout, labels)
from select_english import selection  # noqa: E402  (select_english.py beside this script)

LANGUAGE = "en"


def main(git_dir, out):
    chosen = selection(git_dir)
    labels = checked_labels(HERE, chosen)
    for name in ("tune", "untouched"):
        rows = [(n, row[0], row[1]) for n, row in enumerate(chosen) if part(row[0]) == name]
        write(os.path.join(out, LANGUAGE, name), LANGUAGE, rows, labels)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
