#!/usr/bin/env python3
"""Builds the ko-naver-5 set: a fifth 100 Naver-portal articles of hephaex/Baram's crawl, none of them chosen by
ko-naver, ko-naver-2, ko-naver-3 or ko-naver-4, drawn by ko-naver's rule (its make_set.py imported, not copied): of
the same kept articles less the 400 of the first four draws, WORD_COUNT with a claim-kind word beside a count and
RANDOM_COUNT others, drawn with random.Random(SEED); the part of an article is the sha1 of its URL (even -> tune,
odd -> untouched), as in ko-naver.

usage: make_set.py GIT_DIR OUT [--list] [--dump]   (arguments as eval/ko-naver/make_set.py's)
"""

import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ko-naver"))
import make_set as first  # noqa: E402  (eval/ko-naver/make_set.py)

SEED = 21  # ko-naver"s is 17, ko-naver-2"s 18, ko-naver-3"s 19, ko-naver-4"s 20: a draw from what all four left

selection = first.later_draw(SEED, ("ko-naver-2", "ko-naver-3", "ko-naver-4"))

if __name__ == "__main__":
    first.selection = selection
    first.HERE = HERE  # labels.json of this set
    first.main(sys.argv[1:])
