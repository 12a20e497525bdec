#!/usr/bin/env python3
"""Builds the gtd claim set: incident summaries of the Global Terrorism Database (START, University of Maryland), the
`summary` field GTD's coders write ("MM/DD/YYYY: Assailants opened fire on ..., killing two ..."), one text file per
incident, beside the claims written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:extinctconcept/CS5820-Final` returned
           (/work/.mirror/extinctconcept+CS5820-Final/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/gtd-EVENTID.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  --list   print the ids, their part, class (casualties / none) and first words
  --dump   print every selected summary (for reading and labelling)

The source is the only GTD file found whole in a public git repository (README.md): PATH at COMMIT, checked against
SHA256, GTD release 0718's rows of the United States, 2000-2017, every one with a summary (latin-1). Selection: every
incident GTD codes with a person killed or wounded (nkill or nwound above 0: "casualties"), and NONE incidents drawn
with random.Random(SEED) from the rest ("none"); a summary whose text an earlier row already has is kept once. Part:
the sha1 of the id "gtd:EVENTID", even -> tune, odd -> untouched (eval/ag-news' `part`), fixed before any labelling;
summaries that share a long sentence (a series: the 9/11 flights, the anthrax letters, the mailbox bombs) tell one
event and all go with the part of the series' first id. GTD's coded counts choose the classes only; the labels
are read from the text (README.md).
"""
import csv, io, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
from select_items import part, pinned, list_or_write  # noqa: E402  (eval/ag-news)

COMMIT = "1a042184e06893a956ffa52bc34ff8be44c7b0aa"
PATH = "data/globalterrorismdb_0718dist.csv"
SHA256 = "2aa651ad6ecdc3d0a398e7ce0dcb10896eab60584777556388df66982a266725"
LANGUAGE = "en"
NONE, SEED = 80, 1507
SHARED_SENTENCE = 80  # characters: a sentence this long in two summaries is one series' wording, not boilerplate


def coded(value):
    """A coded count as a number; GTD leaves unknown counts blank."""
    try:
        return float(value)
    except ValueError:
        return 0.0


def incidents(git_dir):
    """[(id, text, class)] of every incident with a summary, in file order."""
    raw = pinned(git_dir, COMMIT, PATH, SHA256)
    rows, seen = [], set()
    for r in csv.DictReader(io.StringIO(raw.decode("latin-1"), newline="")):
        text = " ".join(r["summary"].split())
        if text and text not in seen:
            seen.add(text)
            rows.append((f"gtd:{r['eventid']}", text, "casualties" if coded(r["nkill"]) + coded(r["nwound"]) > 0 else "none"))
    return rows


def series_parts(chosen):
    """{id: part}: each summary takes the part of the first id of the summaries it shares a long sentence with
    (transitively)."""
    first = {}
    for i, text, _ in sorted(chosen):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if len(sentence) >= SHARED_SENTENCE:
                first.setdefault(sentence, i)
    leader = {i: i for i, _, _ in chosen}
    def root(i):
        while leader[i] != i:
            i = leader[i]
        return i
    for i, text, _ in sorted(chosen):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if first.get(sentence, i) != i:
                a, b = sorted((root(i), root(first[sentence])))
                leader[b] = a
    return {i: part(root(i)) for i, _, _ in chosen}


def selection(git_dir):
    """[(id, part, text, class)] of the set's incidents, in id order."""
    rows = incidents(git_dir)
    chosen = [r for r in rows if r[2] == "casualties"] + random.Random(SEED).sample([r for r in rows if r[2] == "none"], NONE)
    parts = series_parts(chosen)
    return sorted((i, parts[i], t + "\n", why) for i, t, why in chosen)


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    list_or_write(args, selection(args[0]), HERE, LANGUAGE)


if __name__ == "__main__":
    main(sys.argv[1:])
