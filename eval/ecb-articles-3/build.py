#!/usr/bin/env python3
"""Builds the ecb-articles-3 claim set: a third draw of whole English news articles of ECB+ (see
eval/ecb-articles/build.py for the corpus reading, pinned commit, sha256 check, text layout and event split, and
eval/ecb-articles-2/build.py for the draw, both reused here), none of them chosen by ecb-articles or ecb-articles-2,
beside the claims written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]   (as eval/ecb-articles/build.py)

Selection: of the articles neither earlier set chose, COUNTED with a claim-kind word within six words of a count
("count") and RANDOM without ("random", negatives), half of each from either part, drawn with random.Random(SEED)
by ecb-articles-2's draw(). The part is ecb-articles' own: the sha1 of "ecb:" and the article's event (even -> tune,
odd -> untouched), so an event's articles lie in the same part in all three sets.
"""
import functools, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("ecb_articles_2", os.path.join(HERE, "..", "ecb-articles-2", "build.py"))
ecb2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ecb2)
ecb = ecb2.ecb  # eval/ecb-articles/build.py, as ecb-articles-2 loaded it
ecb.articles = functools.lru_cache(maxsize=1)(ecb.articles)  # the earlier selections read the same corpus again

COUNTED, RANDOM, SEED = 100, 20, 1536


def selection(git_dir):
    """[(id, event, sentences, reason)] of the chosen articles, in id order: none that an earlier set chose."""
    taken = {article_id for article_id, *_ in ecb2.first_selection(git_dir) + ecb2.selection(git_dir)}
    return ecb2.draw(ecb.articles(git_dir), taken, COUNTED, RANDOM, SEED)


if __name__ == "__main__":
    ecb.selection, ecb.HERE = selection, HERE  # ecb-articles' main, with this selection and this folder's labels.json
    ecb.main(sys.argv[1:])
