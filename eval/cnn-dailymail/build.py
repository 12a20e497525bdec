#!/usr/bin/env python3
"""Builds the cnn-dailymail claim set: 100 whole English news stories of CNN and the Daily Mail (2007-15), the
training sample of the CNN/Daily Mail summarisation corpus that EileenFeng/Text-Summarization-NLP keeps
(data/train_sample.zip; the articles remain their publishers'), one text file per story, beside the claims written
by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:EileenFeng/Text-Summarization-NLP` returned
           (/work/.mirror/EileenFeng+Text-Summarization-NLP/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/cnndm-ID.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  --list   print the ids, their part, reason (count / random) and first words
  --dump   print every story's text (for reading and labelling)

The zip is data/train_sample.zip at COMMIT, checked against SHA256; it holds train_sample.csv (columns: row number,
id, article, highlights), 100 stories. Every story is taken (the sample is small): "count" marks a story with a
claim-kind word within six words of a count (reuters-articles' `counted`), "random" the rest (negatives). A story's id
is "cnndm:" and the first 12 hex digits of the corpus id (itself the sha1 of the story's URL). The part is the halves
of docs/claims-on-general-pages.md (session 15, i15-general), which ran Newswire on these stories unlabelled and
read its claims: tune when the first byte of sha1("<corpus id>.txt") is even (its half A, whose false alarms were
read and fixed), untouched otherwise (its half B, only judged), fixed before any labelling. The text is the corpus's
article as it stands (one line; the corpus lost paragraph breaks and keeps the Daily Mail's ". " between by-line
fields).
"""
import csv, hashlib, io, os, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reuters-articles"))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
from select_articles import counted  # noqa: E402  (claim word near a count)
from select_items import pinned, list_or_write  # noqa: E402  (eval/ag-news)

COMMIT = "895f9688ab036cc3c06fb460b2251b6c6186ed8b"
PATH = "data/train_sample.zip"
SHA256 = "469ddab9a81e8f84b201533271e145e367ff979e17bb740bc0ef939307323dee"
LANGUAGE = "en"


def part(corpus_id):
    """i15-general's halves: A (tune) when the first byte of sha1("<id>.txt") is even."""
    return "tune" if hashlib.sha1((corpus_id + ".txt").encode("utf-8")).digest()[0] % 2 == 0 else "untouched"


def selection(git_dir):
    """[(id, part, text, reason)] of every story, in id order."""
    raw = pinned(git_dir, COMMIT, PATH, SHA256)
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        table = z.read("train_sample.csv").decode("utf-8")
    csv.field_size_limit(10 ** 8)
    rows = []
    for row in csv.DictReader(io.StringIO(table)):
        text = row["article"].strip()
        rows.append(("cnndm:" + row["id"][:12], part(row["id"]), text + "\n", "count" if counted(text) else "random"))
    return sorted(rows)


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    list_or_write(args, selection(args[0]), HERE, LANGUAGE)


if __name__ == "__main__":
    main(sys.argv[1:])
