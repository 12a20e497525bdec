#!/usr/bin/env python3
"""Selects a second batch of ENGLISH sentences of the Korean-English news parallel corpus to label (eval/ko-news-2):
every pair not already in eval/ko-news whose ENGLISH sentence has a word of a claim kind ("word"), and 80 of the
other pairs not in eval/ko-news drawn at random with a fixed seed ("random": negatives).

usage: select_english.py GIT_DIR   (the git directory `fetch github:jungyeul/korean-parallel-corpora` returned, e.g.
                           /work/.mirror/jungyeul+korean-parallel-corpora/repo)
prints one line per selected pair: its id, what selected it (word, random) and the English text (to read while
labelling; never committed).

Pair ids are those of eval/ko-news (corpus file, ':', line number, '-', first 8 hex digits of the sha1 of the Korean
line), so the two batches never share a pair.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ko-news"))
from choose import pairs  # noqa: E402  (eval/ko-news/choose.py: the corpus and its pair ids)

# Broad on purpose (word starts, so that every ending matches): most hits carry no claim.
KIND_WORDS = {
    "killed": r"kill|dead|death|died|die|dies|dying|bod(?:y|ies)|toll|massacre|murder|slain|drown|lives|fatal|"
              r"victim|perish|executed|suicide",
    "wounded": r"wound|injur|hurt|casualt|hospital",
    "captured": r"captur|abduct|kidnap|hostage|prisoner|captive|detain|seiz",
    "displaced": r"displac|refugee|fled|flee|evacuat|homeless|missing",
    "troops": r"troop|soldier|deploy|forces|army|militant|gunm[ae]n|insurgent|rebel",
    "weapons": r"missile|rocket|bomb|shell|weapon|mortar|blast|explo",
}
KIND_RE = re.compile(r"\b(?:" + "|".join(KIND_WORDS.values()) + r")", re.IGNORECASE)
NEGATIVES = 80
SEED = 1502


def selection(git_dir):
    """(id, english, reason) for every selected pair, in corpus order."""
    with open(os.path.join(HERE, "..", "ko-news", "labels.json"), encoding="utf-8") as f:
        first_batch = set(json.load(f))
    rows = [row for row in pairs(git_dir) if row[0] not in first_batch]
    reason = {i: "word" for i, (_, _, en) in enumerate(rows) if KIND_RE.search(en)}
    others = sorted(set(range(len(rows))) - set(reason))
    reason.update((i, "random") for i in random.Random(SEED).sample(others, NEGATIVES))
    return [(rows[i][0], rows[i][2], reason[i]) for i in sorted(reason)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for sid, en, reason in selection(sys.argv[1]):
        print(f"{sid}\t{reason}\t{en}")
