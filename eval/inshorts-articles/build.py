#!/usr/bin/env python3
"""Builds the inshorts-articles claim set: whole English news articles of Indian and British outlets (Hindustan Times,
India Today, The Guardian), July-August 2017, as the Inshorts "news_summary" dataset keeps their full text (column
ctext; the articles remain their publishers'), one text file per article, beside the claims written by hand in
labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:gayathrik948/nlp_task1` returned (/work/.mirror/gayathrik948+nlp_task1/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/inshorts-ID.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  --list   print the ids, their part, reason (count / random) and first words
  --dump   print every selected article's text (for reading and labelling)

The file is news_summary.csv at COMMIT, checked against SHA256 (499 rows; cp1252 text, where the crawl had already
turned curly quotes and dashes into '?'). Columns: author, date, headlines (Inshorts' own headline), read_more (the
outlet's URL), text (Inshorts' 60-word summary), ctext (the outlet's article). The set's text is ctext alone, as it
stands (the crawl lost paragraph breaks: paragraphs run into each other with no space after the full stop).
An article's id is "inshorts:" and the first 12 hex digits of sha1 of its URL without the query; rows of a URL or a
text already seen are dropped. Selection: every article whose ctext has a claim-kind word within six words of a count
(reuters-articles' `counted`: "count"), and RANDOM articles with none ("random", negatives, random.Random(SEED)).
Part: the sha1 of the id, even -> tune, odd -> untouched (eval/ag-news' `part`); for the two articles that tell one
event (EVENTS: Abu Dujana's killing), the sha1 of "event:" and the event's name. Fixed before any labelling.
"""
import csv, hashlib, io, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reuters-articles"))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
from select_articles import counted  # noqa: E402  (claim word near a count)
from select_items import pinned, part, list_or_write  # noqa: E402  (eval/ag-news)

COMMIT = "d8890d78117355d13497d5446e49c7feaa1c4d62"
PATH = "news_summary.csv"
SHA256 = "38bdd06df3f495173014311bf1d8964a69005426ecb8ace964a2fd4cef8994ba"
LANGUAGE = "en"
RANDOM, SEED = 17, 1717
# Articles of the selection that tell one event, decided from their first lines before labelling: one part for both.
EVENTS = {"inshorts:59a878b62034": "abu-dujana", "inshorts:89abeed2130b": "abu-dujana"}


def part_of(article_id):
    """The sha1 split of the article, or of its event where two selected articles tell one."""
    return part("event:" + EVENTS[article_id]) if article_id in EVENTS else part(article_id)


def articles(git_dir):
    """[(id, url, text)] of every distinct article of the pinned file, in file order."""
    raw = pinned(git_dir, COMMIT, PATH, SHA256).decode("cp1252")
    csv.field_size_limit(10 ** 8)
    seen_ids, seen_texts, rows = set(), set(), []
    for row in csv.DictReader(io.StringIO(raw)):
        url = row["read_more"].strip().split("?")[0]
        text = row["ctext"].strip()
        article_id = "inshorts:" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]
        if not text or article_id in seen_ids or text in seen_texts:
            continue
        seen_ids.add(article_id)
        seen_texts.add(text)
        rows.append((article_id, url, text))
    return rows


def selection(git_dir):
    """[(id, part, text, reason)] of the selected articles, in id order."""
    rows = articles(git_dir)
    chosen = [(i, t, "count") for i, _, t in rows if counted(t)]
    others = [(i, t, "random") for i, _, t in rows if not counted(t)]
    chosen += random.Random(SEED).sample(others, RANDOM)
    return sorted((i, part_of(i), t + "\n", why) for i, t, why in chosen)


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    list_or_write(args, selection(args[0]), HERE, LANGUAGE)


if __name__ == "__main__":
    main(sys.argv[1:])
