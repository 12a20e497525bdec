#!/usr/bin/env python3
"""Builds the ko-naver-3 set: a third 100 Naver-portal articles of hephaex/Baram's crawl, none of them chosen by
ko-naver or ko-naver-2, drawn by ko-naver's rule (its make_set.py imported, not copied): of the same kept articles
less the 200 of the first two draws, WORD_COUNT with a claim-kind word beside a count and RANDOM_COUNT others,
drawn with random.Random(SEED); the part of an article is the sha1 of its URL (even -> tune, odd -> untouched), as
in ko-naver.

usage: make_set.py GIT_DIR OUT [--list] [--dump]   (arguments as eval/ko-naver/make_set.py's)
"""
import functools, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ko-naver"))
import make_set as first  # noqa: E402  (eval/ko-naver/make_set.py)

SEED = 19  # ko-naver's is 17, ko-naver-2's 18: another draw from the articles both left

# the crawl's history is read once, though three draws are made from it
first.articles = functools.lru_cache(maxsize=None)(first.articles)
FIRST_SELECTION = first.selection


def second_selection():
    """ko-naver-2's selection function, its module loaded under another name (both builders are make_set.py)."""
    spec = importlib.util.spec_from_file_location("ko_naver_2", os.path.join(HERE, "..", "ko-naver-2", "make_set.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.selection


SECOND_SELECTION = second_selection()


def selection(git_dir):
    taken = {article[0] for draw in (FIRST_SELECTION, SECOND_SELECTION) for article, _, _ in draw(git_dir)}
    return first.draw(first.articles(git_dir), SEED, taken)


if __name__ == "__main__":
    first.selection = selection
    first.HERE = HERE  # labels.json of this set
    first.main(sys.argv[1:])
