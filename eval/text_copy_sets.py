#!/usr/bin/env python3
"""Scored text-copy sets for developing the plain-text cleaner, built OUTSIDE the repository.

usage:
  text_copy_sets.py split TRUTH.json PAGES_DIR OUT      tune/holdout halves of a set, decided by a hash of the page key
  text_copy_sets.py gold MIRROR SUBSET OUT [--limit N]  text copies + ground truth of one subset of
                                                        j-szulc/html-cleaning-dataset-merged (a `fetch` mirror)
  text_copy_sets.py copies HTML_SET OUT                 text copies + ground truth of both halves of an HTML set
                                                        html_dev_sets.py wrote (HTML_SET/{tune,untouched})

Both write html_f1.py's format (OUT/ground-truth.json, OUT/pages/KEY.txt); `split` writes OUT/tune and OUT/holdout,
with the pages symlinked. The split is fixed before any tuning: a page is in the holdout half when the first byte of
sha1(key) is odd, so it never depends on what a run scored. Score a half with
  python3 ../shared/eval/html_f1.py OUT/holdout/ground-truth.json OUT/holdout/pages --ext txt
Never use the held-out subsets page-signal-master or CleanPortalEval-master (../shared/eval/README.md).
"""
import hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_COPY = os.path.join(HERE, "..", "..", "shared", "eval", "text_copy.py")
FORBIDDEN = {"page-signal-master", "CleanPortalEval-master"}
# CleanEval gold marks blocks with <p>, <h>, <l> and opens with a "URL:" line; Dragnet's is plain text.
GOLD_MARK = re.compile(r"^\s*<(p|h|l)>\s*", re.M)


def holdout(key):
    return hashlib.sha1(key.encode()).digest()[0] % 2 == 1


def split(truth_path, pages, out):
    truth = json.load(open(truth_path))
    for half in ("tune", "holdout"):
        keys = {k: v for k, v in truth.items() if holdout(k) == (half == "holdout")}
        os.makedirs(os.path.join(out, half, "pages"), exist_ok=True)
        for k in keys:
            for ext in ("txt", "html"):
                src = os.path.abspath(os.path.join(pages, k + "." + ext))
                dst = os.path.join(out, half, "pages", k + "." + ext)
                if os.path.exists(src) and not os.path.lexists(dst):
                    os.symlink(src, dst)
        json.dump(keys, open(os.path.join(out, half, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
        print(f"{half}: {len(keys)} pages")


def git_show(mirror, path):
    return subprocess.run(["git", "--git-dir", mirror, "show", "HEAD:" + path], capture_output=True, check=True).stdout


def gold(mirror, subset, out, limit):
    if subset in FORBIDDEN:
        sys.exit(subset + " is kept for evaluation")
    names = subprocess.run(["git", "--git-dir", mirror, "ls-tree", "-r", "--name-only", "HEAD", subset + "/GoldStandard"],
                           capture_output=True, text=True, check=True).stdout.split()
    os.makedirs(os.path.join(out, "pages"), exist_ok=True)
    truth = {}
    for name in sorted(n for n in names if n.endswith(".txt"))[:limit]:
        key = os.path.basename(name)[:-4]
        try:
            html = git_show(mirror, f"{subset}/input/{key}.html")
        except subprocess.CalledProcessError:
            continue
        body = git_show(mirror, name).decode("utf-8", "replace")
        body = "\n".join(l for l in body.splitlines() if not l.startswith("URL:"))
        truth[key] = {"articleBody": GOLD_MARK.sub("", body).strip()}
        page = os.path.join(out, "pages", key + ".txt")
        if not os.path.exists(page):
            copy = subprocess.run([sys.executable, TEXT_COPY, "/dev/stdin"], input=html, capture_output=True).stdout
            open(page, "wb").write(copy)
    json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{subset}: {len(truth)} pages in {out}")


def copies(html_set, out):
    os.makedirs(os.path.join(out, "pages"), exist_ok=True)
    truth = {}
    for half in ("tune", "untouched"):
        truth.update(json.load(open(os.path.join(html_set, half, "ground-truth.json"))))
        pages = os.path.join(html_set, half, "pages")
        for name in sorted(os.listdir(pages)):
            copy = subprocess.run([sys.executable, TEXT_COPY, os.path.join(pages, name)], capture_output=True).stdout
            open(os.path.join(out, "pages", os.path.splitext(name)[0] + ".txt"), "wb").write(copy)
    json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{html_set}: {len(truth)} pages in {out}")


if __name__ == "__main__":
    if sys.argv[1] == "split":
        split(*sys.argv[2:5])
    elif sys.argv[1] == "copies":
        copies(*sys.argv[2:4])
    else:
        limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
        gold(*sys.argv[2:5], limit)
