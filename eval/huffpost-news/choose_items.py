#!/usr/bin/env python3
"""Selects the HuffPost News Category items to label (eval/huffpost-news): items of the news categories WORLD NEWS and
CRIME whose headline or short description has a word of a claim kind ("word"; the KIND_WORDS of eval/ko-news-2), and
items of any category drawn from the rest ("random": natural negatives), each group drawn with random.Random(SEED).

usage: choose_items.py GIT_DIR   (the git directory `fetch github:ongraphpythondev/elastic_search` returned, e.g.
                   /work/.mirror/ongraphpythondev+elastic_search/repo)
prints one line per selected item: its id, its part, what selected it (word, random), its category and its text (to
read while labelling; never committed).

The corpus is News_Category_Dataset_v2.json at COMMIT (the first 4,782 items of Misra's News Category Dataset,
HuffPost 2018-02-28 to 2018-05-26: one JSON object a line with category, headline, short_description), checked
against SHA256. An item's id is 'ncd:' its line number (from 1), '-', and the first 8 hex digits of the sha1 of its
headline; its part is the sha1 of the id (even -> tune, odd -> untouched, eval/ag-news's rule), decided before
labelling.
"""
import hashlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "ko-news-2"), os.path.join(HERE, "..", "ag-news")]
from select_english import KIND_RE  # noqa: E402  (the claim kind words of eval/ko-news-2)
from select_items import part, pinned  # noqa: E402,F401  (eval/ag-news/select_items.py: the split, the pinned file)

COMMIT = "217d76e937cf55f14c2ca62650addcf1c27afa47"
PATH = "News_Category_Dataset_v2.json"
SHA256 = "4b236e29a76d7653354e0ff1be21df1432751bc750b63092fb9f89f6d70ed079"
NEWS = {"WORLD NEWS", "CRIME"}
WORD, RANDOM, SEED = 200, 100, 1517


def items(git_dir):
    """(id, category, headline, short description) for every item of the pinned file."""
    raw = pinned(git_dir, COMMIT, PATH, SHA256)
    rows = []
    for line, text in enumerate(raw.decode("utf-8").splitlines(), start=1):
        item = json.loads(text)
        headline, description = (" ".join(item[k].split()) for k in ("headline", "short_description"))
        rows.append((f"ncd:{line}-{hashlib.sha1(headline.encode('utf-8')).hexdigest()[:8]}", item["category"],
                     headline, description))
    return rows


def selection(git_dir):
    """(id, headline, description, reason) for every selected item, in corpus order."""
    rows = items(git_dir)
    worded = [i for i, row in enumerate(rows) if row[1] in NEWS and KIND_RE.search(row[2] + " " + row[3])]
    pick = random.Random(SEED)
    reason = {i: "word" for i in pick.sample(worded, WORD)}
    reason.update((i, "random") for i in pick.sample(sorted(set(range(len(rows))) - set(reason)), RANDOM))
    return [(rows[i][0], rows[i][2], rows[i][3], reason[i], rows[i][1]) for i in sorted(reason)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for item_id, headline, description, reason, category in selection(sys.argv[1]):
        print(f"{item_id}\t{part(item_id)}\t{reason}\t{category}\t{headline} || {description}")
