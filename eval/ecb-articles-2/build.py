#!/usr/bin/env python3
"""Builds the ecb-articles-2 claim set: more whole English news articles of ECB+ (see eval/ecb-articles/build.py,
whose corpus reading, pinned commit, sha256 check, text layout and event split this reuses), none of them chosen by
ecb-articles, beside the claims written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]   (as eval/ecb-articles/build.py)

Selection: of the articles ecb-articles did not choose, COUNTED with a claim-kind word within six words of a count
("count") and RANDOM without ("random", negatives), half of each from either part, drawn with random.Random(SEED).
The part is ecb-articles' own: the sha1 of "ecb:" and the article's event (even -> tune, odd -> untouched), so an
event's articles lie in the same part in both sets.
"""
import importlib.util, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("ecb_articles", os.path.join(HERE, "..", "ecb-articles", "build.py"))
ecb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ecb)
counted, part = ecb.counted, ecb.part
first_selection = ecb.selection  # ecb-articles' own choice, kept before main() is pointed at ours

COUNTED, RANDOM, SEED = 100, 20, 1515


def selection(git_dir):
    """[(id, event, sentences, reason)] of the chosen articles, in id order: none that ecb-articles chose."""
    taken = {article_id for article_id, *_ in first_selection(git_dir)}
    return draw(ecb.articles(git_dir), taken, COUNTED, RANDOM, SEED)


def draw(all_rows, taken, count_draw, random_draw, seed):
    """[(id, event, sentences, reason)] in id order: of the rows whose id is not in taken, count_draw with a
    claim-kind word near a count ("count") and random_draw without ("random"), half of each from either part, drawn
    with random.Random(seed) (later ECB+ sets draw the same way from what is left). A part with fewer count
    candidates than its half takes them all and makes up its size with more random ones."""
    rows = [r for r in all_rows if r[0] not in taken]
    withcount = [i for i, r in enumerate(rows) if counted("\n".join(r[2]))]
    others = sorted(set(range(len(rows))) - set(withcount))
    pick, reason = random.Random(seed), {}
    for name in ("tune", "untouched"):
        candidates = [i for i in withcount if part(rows[i][1]) == name]
        count_size = min(count_draw // 2, len(candidates))
        reason.update((i, "count") for i in pick.sample(candidates, count_size))
        reason.update((i, "random") for i in pick.sample([i for i in others if part(rows[i][1]) == name],
                                                         (count_draw + random_draw) // 2 - count_size))
    return [rows[i] + (reason[i],) for i in sorted(reason, key=lambda i: rows[i][0])]

if __name__ == "__main__":
    ecb.selection, ecb.HERE = selection, HERE  # ecb-articles' main, with this selection and this folder's labels.json
    ecb.main(sys.argv[1:])
