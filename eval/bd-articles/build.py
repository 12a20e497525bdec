#!/usr/bin/env python3
"""Builds the bd-articles claim set: whole English news articles of Bangladeshi newspapers (Prothom Alo English, The
Daily Star, The Business Standard, Dhaka Tribune, bdnews24), mostly of December 2025, as the BDNewsPaperScraper
project's daily archive keeps them (EhsanulHaqueSiam/BDNewsPaperScraper, MIT; the articles remain their publishers'),
one text file per article, beside the claims written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:EhsanulHaqueSiam/BDNewsPaperScraper` returned
           (/work/.mirror/EhsanulHaqueSiam+BDNewsPaperScraper/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/bd-ID.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  --list   print the chosen ids, their part, reason (count / random) and headline
  --dump   print every chosen article's text (for reading and labelling)

The file is data/articles.json at COMMIT (the only commit of the snapshot whose archive is present; later ones are
too large for the snapshot), checked against SHA256: 647 articles, 315 of them marked English. Taken: every English
article with a text, once (a text saved twice is kept at its first sighting). An article's id is "bd:" and the first
12 hex digits of the sha1 of its URL; its part is the sha1 of the id (even -> tune, odd -> untouched; eval/ag-news'
part()), fixed before any labelling. Selection in each part: COUNTED articles drawn with random.Random(SEED) from those
with a claim-kind word within six words of a count (reuters-articles' `counted`), then RANDOM from those without one
(negatives). The text is the headline, a blank line, and the article's paragraphs as the archive keeps them.
"""
import hashlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reuters-articles"))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
from select_articles import counted  # noqa: E402  (claim word near a count)
from select_items import pinned, part, list_or_write  # noqa: E402  (eval/ag-news)

COMMIT = "244a544fbb97ead4cb2c268df1b22497c1e38b41"
PATH = "data/articles.json"
SHA256 = "a4140a86610fd3ceeb558f5465efd20ddd371ea70c7076549ca4e40dd32bcaa9"
COUNTED, RANDOM, SEED = 28, 12, 1616  # per part
LANGUAGE = "en"


def article_text(row):
    """The headline, a blank line, then the article's paragraphs (one a line in the archive), a blank line between."""
    paragraphs = [p.strip() for p in (row.get("article") or "").split("\n") if p.strip()]
    return "\n\n".join([row["headline"].strip()] + paragraphs) + "\n"


def articles(git_dir):
    """[(id, paper, text)] of every English article with a text, in file order, each text once."""
    rows, seen = [], set()
    for row in json.loads(pinned(git_dir, COMMIT, PATH, SHA256).decode("utf-8")):
        body = (row.get("article") or "").strip()
        if row.get("source_language") != "English" or not body or body[:300] in seen:
            continue
        seen.add(body[:300])
        article_id = "bd:" + hashlib.sha1(row["url"].encode("utf-8")).hexdigest()[:12]
        rows.append((article_id, row["paper_name"], article_text(row)))
    return rows


def selection(git_dir):
    """[(id, part, text, reason)] of the chosen articles, in id order."""
    rows = articles(git_dir)
    pick, chosen = random.Random(SEED), []
    for name in ("tune", "untouched"):
        mine = [r for r in rows if part(r[0]) == name]
        withcount = [(r[0], name, r[2], "count") for r in mine if counted(r[2])]
        others = [(r[0], name, r[2], "random") for r in mine if not counted(r[2])]
        chosen += pick.sample(withcount, min(COUNTED, len(withcount)))
        chosen += pick.sample(others, COUNTED + RANDOM - min(COUNTED, len(withcount)))
    return sorted(chosen)


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    list_or_write(args, selection(args[0]), HERE, LANGUAGE, preview=lambda text: text.split("\n")[0][:100])


if __name__ == "__main__":
    main(sys.argv[1:])
