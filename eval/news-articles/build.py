#!/usr/bin/env python3
"""Builds a whole-news-article claim set (news-articles, news-articles-2): the pages select_pages.py selects from the
set's fresh-pages-2 folders, each page copied as it was saved (extract reads the HTML), beside the labels written by
hand in eval/SET/labels.json, in the two parts fresh-pages-2 decided long before.

usage: build.py FRESH_PAGES_2 OUT [SET]
  FRESH_PAGES_2  the fresh-pages-2 folder (../eval-data/fresh-pages-2)
  SET            news-articles (the default) or news-articles-2; its labels are eval/SET/labels.json
  OUT            folder to write: OUT/{tune,untouched}/docs/NAME (the page) and OUT/{tune,untouched}/expected.json

Then: python3 ../shared/eval/score.py OUT/tune/expected.json --batch 100   (the untouched part is scored only for its
figures, its errors never read). The pages stay out of the repository (news sites' copyright).
"""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from select_pages import DEFAULT_SET, SETS, selection  # noqa: E402  (select_pages.py beside this script)

LANGUAGE = "en"


def main(root, out, claim_set=DEFAULT_SET):
    chosen = selection(root, claim_set)
    with open(os.path.join(os.path.dirname(HERE), claim_set, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    pages = {page for page, _, _ in chosen}
    if set(labels) != pages:
        sys.exit(f"labels.json and the selection disagree: {sorted(set(labels) ^ pages)}")
    for name in ("tune", "untouched"):
        folder = os.path.join(out, name)
        os.makedirs(os.path.join(folder, "docs"), exist_ok=True)
        expected = []
        for page, part, _ in chosen:
            if part == name:
                doc = "docs/" + os.path.basename(page)
                shutil.copyfile(os.path.join(root, page), os.path.join(folder, doc))
                expected.append({"file": doc, "id": page, "tier": LANGUAGE, "claims": labels[page][LANGUAGE]})
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or sys.argv[3:] and sys.argv[3] not in SETS:
        sys.exit(__doc__)
    main(*sys.argv[1:])
