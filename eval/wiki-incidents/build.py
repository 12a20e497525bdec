#!/usr/bin/env python3
"""Builds the wiki-incidents claim set: one-paragraph descriptions of terrorist incidents outside the United States,
2016-2022, in the style of Wikipedia's lists of terrorist incidents (a table with a 'Description' column, written by
its editors), one text file per incident, beside the claims written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:namin1993/Capstone_Project` returned
           (/work/.mirror/namin1993+Capstone_Project/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/wiki-N-HASH.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  --list   print the ids, their part, what selected them (word / random) and first words
  --dump   print every selected description (for reading and labelling)

The source is PATH at COMMIT (a JavaScript array of 324 incidents: Year, Category, Country, Perpetrator, Injured,
Dead, Description), checked against SHA256; the commit is reachable in the repository's history (a later commit
deleted the folder). An incident's id is 'wiki:' its position in the array (from 1), '-', and the first 8 hex digits
of the sha1 of its description. Selection, among the incidents whose Country is not the United States (eval/gtd
covers the US): WORDED incidents drawn with random.Random(SEED) from those whose description has a killed or wounded
word (eval/ko-news-2's KIND_WORDS of those two kinds: "word"), and every incident without one ("random": negatives,
too few to draw from). Part: the sha1 of the id, even -> tune, odd -> untouched (eval/ag-news' `part`), fixed before
any labelling. The Dead and Injured columns choose nothing; the labels are read from the text (README.md).
"""
import json, hashlib, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
sys.path.insert(0, os.path.join(HERE, "..", "ko-news-2"))
from select_items import part, pinned, list_or_write  # noqa: E402  (eval/ag-news)
from select_english import KIND_WORDS  # noqa: E402  (eval/ko-news-2)

COMMIT = "2a6992d4d1442b86305757298a827b09bc752f52"
PATH = "segment_3_load_terror_table/static/js/data_terror.js"
SHA256 = "30d423a7f26aa76afcb8725d4290fe40ace75ffb7284fd9762d7fb670b0daf60"
LANGUAGE = "en"
WORDED, SEED = 180, 1517
CASUALTY_RE = re.compile(r"\b(?:" + KIND_WORDS["killed"] + "|" + KIND_WORDS["wounded"] + r")", re.IGNORECASE)


def incidents(git_dir):
    """[(id, text)] of every incident outside the United States, in file order."""
    raw = pinned(git_dir, COMMIT, PATH, SHA256).decode("utf-8")
    rows = json.loads(raw[raw.index("["):raw.rindex("]") + 1])
    chosen = []
    for n, row in enumerate(rows, start=1):
        text = " ".join(row["Description"].split())
        if row["Country"] != "United States" and text:
            chosen.append((f"wiki:{n}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}", text))
    return chosen


def selection(git_dir):
    """[(id, part, text, reason)] of the set's incidents, in file order."""
    rows = incidents(git_dir)
    worded = [r for r in rows if CASUALTY_RE.search(r[1])]
    reason = {i: "word" for i, _ in random.Random(SEED).sample(worded, WORDED)}
    reason.update((i, "random") for i, text in rows if not CASUALTY_RE.search(text))
    return [(i, part(i), text + "\n", reason[i]) for i, text in rows if i in reason]


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    list_or_write(args, selection(args[0]), HERE, LANGUAGE)


if __name__ == "__main__":
    main(sys.argv[1:])
