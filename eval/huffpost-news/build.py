#!/usr/bin/env python3
"""Builds the HuffPost news claim set: the items choose_items.py selects from the News Category Dataset (pinned by
commit and sha256), each a document of its headline, a blank line and its short description, beside the labels
written by hand in labels.json, in two parts (the layout of eval/ag-news: eval/ko-news/build.py writes it).

usage: build.py GIT_DIR OUT
  GIT_DIR  the git directory `fetch github:ongraphpythondev/elastic_search` returned
           (e.g. /work/.mirror/ongraphpythondev+elastic_search/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/NNN.txt (NNN: the item's place in the selection) and
           OUT/{tune,untouched}/expected.json

Then: python3 ../shared/eval/score.py OUT/tune/expected.json --batch 400   (the untouched part is scored only at the
start and the end, its errors never read). The texts stay out of the repository.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "ko-news"), HERE]
from build import checked_labels, write  # noqa: E402  (eval/ko-news/build.py: layout, labels)
from choose_items import part, selection  # noqa: E402  (choose_items.py beside this script)

LANGUAGE = "en"


def main(git_dir, out):
    chosen = selection(git_dir)
    labels = checked_labels(HERE, chosen)
    for name in ("tune", "untouched"):
        rows = [(n, item[0], f"{item[1]}\n\n{item[2]}") for n, item in enumerate(chosen) if part(item[0]) == name]
        write(os.path.join(out, name), LANGUAGE, rows, labels)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
