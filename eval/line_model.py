#!/usr/bin/env python3
"""Fits the line model of text-copy cleaning (src/main/resources/newswire/clean/line-model.tsv).

usage: line_model.py OUT.tsv SET_DIR... [--jar target/newswire.jar] [--classes target/test-classes]
                     [--drop FEATURE,...] [--l2 1.0] [--table CACHE.tsv] [--only FEATURE,... --base MODEL.tsv]

Each SET_DIR is the TUNING part of a text-copy set (ground-truth.json and pages/*.txt, as eval/text_copy_sets.py
splits them); never pass an untouched part. The stored model was fitted, from a checkout, by

    mvn -B -ntp -q -o -DskipTests package && mvn -B -ntp -q -o test-compile
    python3 eval/line_model.py src/main/resources/newswire/clean/line-model.tsv ../eval-data/text-copies-split/tune \
        ../eval-data/dragnet-text-split/tune ../eval-data/cleaneval-text-split/tune \
        ../eval-data/readability-text-split/tune

(eval/build_all.sh builds readability's split, the same as `eval/text_copy_sets.py split` gives.) Refit whenever
LineModel's features, LineFeatures, StoryLines' classes, the word classes (function, control and person words) or the
line rules change (a rule that removes a line changes its neighbours' features). When LineModel.FEATURES gains a
name, add a row `name<TAB>0` to the model file first: LineTable loads the model it refits.

1. The features: `newswire.clean.LineTable` (test scope) prints, for every line the cleaner's StoryLines judges, the
   feature vector that LineModel computes; the fit reads those, so Java and the model share one computation.
2. The label of a line: story when it is in the page's gold body, by the tokens html_f1.py scores (\\w+): a line of 4+
   tokens when at least half of its token 4-grams occur in the gold; a shorter line when its whole token sequence
   does. A line weighs its token count over its page's, so every page of a set weighs the same, as html_f1.py
   averages over pages; and every set weighs the same, however many pages it has.
3. The fit: logistic regression, L2-penalised (not the intercept), by Newton's method from zero weights: deterministic,
   no random seed involved. Features named in --drop get weight 0 (left out of the fit). With --only, only the named
   features are fitted and every other weight and the intercept are kept as --base has them (a new feature added to
   a model whose other lines should not move: a full refit shifts every weight, and lines near a threshold with them).
"""
import argparse, collections, json, math, os, re, subprocess, sys

import numpy as np

TOKEN = re.compile(r"\w+", re.UNICODE)


def table(set_dirs, jar, classes, cache):
    if cache and os.path.exists(cache):
        return open(cache, encoding="utf-8").read().splitlines()
    files = []
    for d in set_dirs:
        pages = os.path.join(d, "pages")
        files += sorted(os.path.join(pages, f) for f in os.listdir(pages) if f.endswith(".txt"))
    rows = []
    for i in range(0, len(files), 100):
        out = subprocess.run(["java", "-cp", f"{jar}:{classes}", "newswire.clean.LineTable"] + files[i:i + 100],
                             capture_output=True, text=True, check=True).stdout.splitlines()
        rows += out if not rows else out[1:]
    if cache:
        open(cache, "w", encoding="utf-8").write("\n".join(rows) + "\n")
    return rows


def gold_of(set_dirs):
    gold = {}
    for d in set_dirs:
        truth = json.load(open(os.path.join(d, "ground-truth.json"), encoding="utf-8"))
        for key, page in truth.items():
            gold[os.path.join(d, "pages", key + ".txt")] = page.get("articleBody", "") or ""
    return gold


def grams(tokens, n):
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def label(text, gold_grams):
    tokens = TOKEN.findall(text)
    if not tokens:
        return 0, 0
    if len(tokens) >= 4:
        mine = [tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)]
        return int(2 * sum(g in gold_grams[4] for g in mine) >= len(mine)), len(tokens)
    return int(tuple(tokens) in gold_grams[len(tokens)]), len(tokens)


def fit(x, y, w, l2, iterations=50, offset=None):
    """The intercept and weights of x; with an offset (the fixed part of each row's logit), the weights of x alone."""
    x1 = x if offset is not None else np.hstack([np.ones((len(x), 1)), x])
    offset = np.zeros(len(x)) if offset is None else offset
    beta = np.zeros(x1.shape[1])
    penalty = np.full(x1.shape[1], l2)
    if x1 is not x:
        penalty[0] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(offset + x1 @ beta)))
        gradient = x1.T @ (w * (p - y)) + penalty * beta
        hessian = (x1 * (w * p * (1 - p))[:, None]).T @ x1 + np.diag(penalty) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return beta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--jar", default="target/newswire.jar")
    ap.add_argument("--classes", default="target/test-classes")
    ap.add_argument("--drop", default="")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--table", help="keep LineTable's output in this file and reuse it")
    ap.add_argument("--only", default="", help="fit only these features, the others kept as --base has them")
    ap.add_argument("--base", help="the model whose other weights --only keeps")
    a = ap.parse_args()
    rows = table(a.sets, a.jar, a.classes, a.table)
    header = rows[0].split("\t")
    names = header[3:-1]
    gold = gold_of(a.sets)
    gold_grams = {}
    data = collections.defaultdict(list)
    for row in rows[1:]:
        fields = row.split("\t")
        if fields[2] != "text":
            continue
        file = fields[0]
        if file not in gold_grams:
            tokens = TOKEN.findall(gold[file])
            gold_grams[file] = {n: grams(tokens, n) for n in range(1, 5)}
        y, tokens = label(fields[-1], gold_grams[file])
        data[file].append(([float(v) for v in fields[3:-1]], y, tokens))
    drop = {d for d in a.drop.split(",") if d}
    only = {o for o in a.only.split(",") if o}
    unknown = (drop | only) - set(names)
    if unknown:
        sys.exit(f"unknown features: {sorted(unknown)}")
    keep = [i for i, n in enumerate(names) if n not in drop]
    x, y, w = [], [], []
    set_pages = collections.Counter(os.path.dirname(os.path.dirname(f)) for f in data)
    for file, lines in data.items():
        total = sum(t for _, _, t in lines) or 1
        page_weight = 100 * len(data) / len(set_pages) / set_pages[os.path.dirname(os.path.dirname(file))]
        for features, label_, tokens in lines:
            x.append([features[i] for i in keep])
            y.append(label_)
            w.append(page_weight * tokens / total)
    x, y, w = np.array(x), np.array(y, dtype=float), np.array(w)
    if only:
        base = dict(r.split("\t") for r in open(a.base, encoding="utf-8").read().splitlines()
                    if r and not r.startswith("#"))
        fixed = np.array([0.0 if names[i] in only else float(base[names[i]]) for i in keep])
        fitted = [k for k, i in enumerate(keep) if names[i] in only]
        weights_only = fit(x[:, fitted], y, w, a.l2, offset=float(base["intercept"]) + x @ fixed)
        beta = np.concatenate([[float(base["intercept"])], fixed])
        beta[[k + 1 for k in fitted]] = weights_only
    else:
        beta = fit(x, y, w, a.l2)
    p = 1 / (1 + np.exp(-(np.hstack([np.ones((len(x), 1)), x]) @ beta)))
    accuracy = np.sum(w * ((p >= 0.5) == (y == 1))) / np.sum(w)
    weights = dict(zip((names[i] for i in keep), beta[1:]))
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Line model of text-copy cleaning: logistic regression, P(story) = 1 / (1 + exp(-(intercept + sum of\n"
                  "# weight * feature))), features as newswire.clean.LineModel computes them.\n"
                  f"# Fitted by eval/line_model.py (L2 {a.l2}, Newton's method from zero: no randomness) on the tuning\n"
                  f"# parts {', '.join(os.path.normpath(s).split(os.sep)[-2] for s in a.sets)}: {len(data)} pages,\n"
                  f"# {len(y)} lines, {int(y.sum())} story; weighted training accuracy {accuracy:.3f}.\n"
                  + (f"# Left out of the fit (weight 0): {', '.join(sorted(drop))}.\n" if drop else "")
                  + (f"# Fitted alone: {', '.join(sorted(only))}; every other weight as in the model before.\n"
                     if only else ""))
        out.write(f"intercept\t{beta[0]:.6f}\n")
        for n in names:
            out.write(f"{n}\t{weights.get(n, 0.0):.6f}\n")
    print(f"{len(data)} pages, {len(y)} lines, {int(y.sum())} story, weighted accuracy {accuracy:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
