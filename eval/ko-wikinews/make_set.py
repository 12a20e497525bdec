#!/usr/bin/env python3
"""Builds the ko-wikinews set: whole articles of Korean Wikinews (ko.wikinews.org, CC BY 2.5) as yiunsr/boddari
scraped them (`boddari/csv/wikinews.csv`: 644 articles, 2009-2023, columns date, URL, title, body), one text file per
article, beside the claims written by hand in labels.json, in two parts.

usage: make_set.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:yiunsr/boddari` returned (e.g. /work/.mirror/yiunsr+boddari/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/NNN.txt (NNN: the article's place in the selection) and
           OUT/{tune,untouched}/expected.json (tier ko); with --list or --dump, OUT may be '-' (nothing written)
  --list   print the chosen ids, their reason (word / random), part and titles
  --dump   print every chosen article's text (for reading and labelling)

The file is read at the pinned commit PINNED and checked against its sha256 (SHA256). Articles shorter than
MIN_CHARS are left out, and a page saved twice (under two URLs: the same title) is kept once. Of the rest: every article with a claim-kind word beside a count (ko-articles' has_kind_word:
its KIND_WORDS and N명/N구/N발) is taken ("word"), and RANDOM_COUNT of the others drawn with random.Random(SEED)
("random", negatives). The part of an article is ko-articles' part(): the sha1 of its id, the article's URL
(even -> tune, odd -> untouched). The texts stay out of the repository (as the other article sets'); labels.json
holds only ids and claims.
"""
import csv, hashlib, io, json, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ko-articles"))
from build import part, write_parts  # noqa: E402  (eval/ko-articles/build.py)
from choose import article_text, has_kind_word  # noqa: E402  (eval/ko-articles/choose.py)

PINNED = "9d21b9ef7e70afdd843acb4212ea8250b4c59745"
FILE = "boddari/csv/wikinews.csv"
SHA256 = "bc099013ad5a5ff57f35a574007fd17030f987fd507b7802c4dd8c04b8b7b86b"
MIN_CHARS = 150
SEED = 16
RANDOM_COUNT = 25


def articles(git_dir):
    """[(id, title, byline, paragraphs)] in the file's order; the id is the article's URL, the byline empty
    (Wikinews articles carry none)."""
    raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"{PINNED}:{FILE}"], capture_output=True, check=True).stdout
    if hashlib.sha256(raw).hexdigest() != SHA256:
        sys.exit(f"{FILE} at {PINNED} is not the pinned file (sha256 differs)")
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    return [(r["출처"], r["제목"].strip(), "", [p.strip() for p in r["내용"].split("\n") if p.strip()]) for r in rows]


def selection(git_dir):
    pool = {}
    for a in sorted(articles(git_dir), key=lambda a: a[0]):  # a page saved under two URLs is kept once (the first)
        if len("".join(a[3])) >= MIN_CHARS:
            pool.setdefault(a[1], a)
    pool = list(pool.values())
    worded = [a for a in pool if has_kind_word(a)]
    others = [a for a in pool if not has_kind_word(a)]
    chosen = [(a, "word") for a in worded] + [(a, "random") for a in random.Random(SEED).sample(others, RANDOM_COUNT)]
    return sorted(chosen, key=lambda c: c[0][0])


def write(chosen, out):
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        write_parts([article for article, _ in chosen], json.load(f), out)


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    chosen = selection(args[0])
    if "--dump" in args:
        for number, (article, why) in enumerate(chosen):
            print("=" * 20, f"{number:03d}", why, part(article[0]), article[0])
            print(article_text(article))
    if "--list" in args:
        for number, ((aid, title, _, _), why) in enumerate(chosen):
            print(f"{number:03d}", why, part(aid), aid, title, sep="\t")
    if "--list" not in args and "--dump" not in args:
        write(chosen, args[1])
    print(len(chosen), "articles", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
