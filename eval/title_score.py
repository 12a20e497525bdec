#!/usr/bin/env python3
"""How often Newswire's title is the page's own headline, on HTML pages or their text copies.

usage: eval/title_score.py TITLES.json PAGES_DIR [--ext html|txt] [--cmd "java -jar target/newswire.jar extract"]
                           [--misses N]

TITLES.json is what eval/title_gold.py wrote for the pages' set ({key: headline}); the pages scored are those of
PAGES_DIR/<key>.<ext> with a gold title (a text-copy set's half shares its HTML pages' keys). When PAGES_DIR's parent
holds html_f1.py's ground-truth.json, a title that is not the headline is told apart from one taken from the story.
Prints, as shares of the pages scored:
  near    the title's normalised tokens have F1 >= 0.8 with the headline's (case, punctuation, a site's name aside)
  exact   the same tokens in the same order
  chrome  the title is not the headline (F1 < 0.5) and not a run of the gold body's words either: a menu, a site's
          name, a related story, a prompt
  none    no title
  inCopy  (text copies) a line of the copy has F1 >= 0.8 with the headline: what a chooser could reach
"""
import argparse, json, os, shlex, subprocess

from title_gold import token_f1, tokens  # the same tokens the gold was checked with

NEAR = 0.8
UNRELATED = 0.5


def titles_of(cmd, paths):
    """Newswire's title for each path, in batches as extract takes them ("" for an error line)."""
    found = {}
    for i in range(0, len(paths), 30):
        batch = paths[i:i + 30]
        out = subprocess.run(shlex.split(cmd) + batch, capture_output=True, text=True, timeout=600)
        lines = [l for l in out.stdout.splitlines() if l.strip()]
        if len(lines) != len(batch):
            lines = [l for l in lines if l.startswith("{")]
        for path, line in zip(batch, lines):
            try:
                event = json.loads(line)
                article = event.get("article") if isinstance(event.get("article"), dict) else event
                found[path] = article.get("title") or ""
            except (ValueError, AttributeError):
                found[path] = ""
    return found


def verdict(title, gold, body):
    f1 = token_f1(title, gold)
    if not tokens(title):
        return "none"
    if tokens(title) == tokens(gold):
        return "exact"
    if f1 >= NEAR:
        return "near"
    if f1 < UNRELATED and " ".join(tokens(title)) not in " ".join(tokens(body)):
        return "chrome"
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("titles")
    ap.add_argument("pages")
    ap.add_argument("--ext", default="html")
    ap.add_argument("--cmd", default="java -jar target/newswire.jar extract")
    ap.add_argument("--misses", type=int, default=0, help="print up to N pages whose title is not near")
    a = ap.parse_args()
    gold = json.load(open(a.titles))
    truth_path = os.path.join(os.path.dirname(os.path.abspath(a.pages.rstrip("/"))), "ground-truth.json")
    truth = json.load(open(truth_path)) if os.path.exists(truth_path) else {}
    keys = sorted(k for k in gold if os.path.exists(os.path.join(a.pages, k + "." + a.ext)))
    paths = [os.path.join(a.pages, k + "." + a.ext) for k in keys]
    found = titles_of(a.cmd, paths)
    counts = {v: 0 for v in ("exact", "near", "other", "chrome", "none")}
    in_copy, misses = 0, []
    for k, path in zip(keys, paths):
        v = verdict(found.get(path, ""), gold[k], truth.get(k, {}).get("articleBody", ""))
        counts[v] += 1
        if a.ext == "txt":
            copy = open(path, encoding="utf-8", errors="replace").read().splitlines()
            in_copy += any(token_f1(line, gold[k]) >= NEAR for line in copy if line.strip())
        if v not in ("exact", "near"):
            misses.append(f"{v:6} {k[:12]} gold={gold[k][:70]!r} got={found.get(path, '')[:70]!r}")
    for line in misses[:a.misses]:
        print(line)
    n = len(keys) or 1
    copy = f" inCopy={in_copy / n:.3f}" if a.ext == "txt" else ""
    print(f"titles: near={(counts['exact'] + counts['near']) / n:.3f} exact={counts['exact'] / n:.3f} "
          f"chrome={counts['chrome'] / n:.3f} none={counts['none'] / n:.3f}{copy} pages={len(keys)}")


if __name__ == "__main__":
    main()
