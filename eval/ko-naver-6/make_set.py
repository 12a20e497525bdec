#!/usr/bin/env python3
"""Builds the ko-naver-6 set: a sixth 100 Naver-portal articles of hephaex/Baram's crawl, none of them chosen by
ko-naver or ko-naver-2..ko-naver-5, drawn by ko-naver's rule (its make_set.py imported, not copied): of
the same kept articles less the 500 of the first five draws, WORD_COUNT with a claim-kind word beside a count and
RANDOM_COUNT others, drawn with random.Random(SEED); the part of an article is the sha1 of its URL (even -> tune,
odd -> untouched), as in ko-naver.

usage: make_set.py GIT_DIR OUT [--list] [--dump]   (arguments as eval/ko-naver/make_set.py's)
"""
import functools, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ko-naver"))
import make_set as first  # noqa: E402  (eval/ko-naver/make_set.py)

SEED = 22  # ko-naver..ko-naver-5 used 17..21: a draw from what all five left

# the crawl's history is read once, though six draws are made from it
first.articles = functools.lru_cache(maxsize=None)(first.articles)


def selection_of(set_name):
    """The selection function of an earlier set's builder, its module loaded under another name (every builder is
    make_set.py); loading ko-naver-3..-5 also runs their own loading of the earlier ones."""
    spec = importlib.util.spec_from_file_location(set_name.replace("-", "_"),
                                                  os.path.join(HERE, "..", set_name, "make_set.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.selection


EARLIER_SELECTIONS = (first.selection, selection_of("ko-naver-2"), selection_of("ko-naver-3"),
                      selection_of("ko-naver-4"), selection_of("ko-naver-5"))


def selection(git_dir):
    taken = {article[0] for draw in EARLIER_SELECTIONS for article, _, _ in draw(git_dir)}
    return first.draw(first.articles(git_dir), SEED, taken)


if __name__ == "__main__":
    first.selection = selection
    first.HERE = HERE  # labels.json of this set
    first.main(sys.argv[1:])
