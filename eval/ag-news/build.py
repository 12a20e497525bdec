#!/usr/bin/env python3
"""Builds the AG News claim set: the items select_items.py selects from AG's news topic classification corpus (test
file, pinned by commit and sha256), each a document of its title, a blank line and its description, beside the labels
written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [BATCH]
  GIT_DIR  the git directory `fetch github:Shane-Neeley/CharCnn_Keras` returned
           (e.g. /work/.mirror/Shane-Neeley+CharCnn_Keras/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/NNN.txt (NNN: the item's place in the selection) and
           OUT/{tune,untouched}/expected.json
  BATCH    1 (default: eval/ag-news, the labels beside this script) or 2 (eval/ag-news-2, its labels there)

Then: python3 ../shared/eval/score.py OUT/tune/expected.json --batch 400   (the untouched part is scored only at the
end, its errors never read). The texts stay out of the repository (AG's corpus is for research use).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "ko-news"), HERE]
from build import checked_labels, write  # noqa: E402  (eval/ko-news/build.py: layout, labels)
from select_items import part, selection  # noqa: E402  (select_items.py beside this script)

LANGUAGE = "en"
LABELS = {1: HERE, 2: os.path.join(HERE, "..", "ag-news-2")}  # batch: the folder of its labels.json


def main(git_dir, out, batch=1):
    chosen = selection(git_dir, batch)
    labels = checked_labels(LABELS[batch], chosen)
    for name in ("tune", "untouched"):
        rows = [(n, item_id, f"{title}\n\n{description}") for n, (item_id, title, description, _) in enumerate(chosen)
                if part(item_id) == name]
        write(os.path.join(out, name), LANGUAGE, rows, labels)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 1)
