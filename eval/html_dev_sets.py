#!/usr/bin/env python3
"""Builds HTML development sets in html_f1.py's format, each split once into a tuning half and an untouched half.

usage: eval/html_dev_sets.py OUT_DIR [--benchmark ../shared/eval/html-benchmark]
       [--dataset /work/.mirror/j-szulc+html-cleaning-dataset-merged/repo]
       [--readability /work/.mirror/mozilla+readability/repo]

Writes OUT_DIR/<set>/<half>/ground-truth.json ({key: {"articleBody": gold}}) and OUT_DIR/<set>/<half>/pages/<key>.html
for the sets benchmark (development keys 0-7 only), readability (mozilla test pages), dragnet, cleaneval-final and
cleaneval-dev. A page's half is decided by a hash of its set and key, before any tuning and never by its score:
sha256("set/key") starting with 0-7 is tuning, 8-f untouched. Score a half with
  python3 ../shared/eval/html_f1.py OUT/dragnet/tune/ground-truth.json OUT/dragnet/tune/pages
The held-out sets (benchmark keys 8-f; page-signal-master and CleanPortalEval-master of the merged dataset;
trafilatura's evaluation pages) are never read. The data stays outside the repository (read with git from the
snapshots `fetch` brings).
"""
import argparse, hashlib, html, json, os, re, subprocess

GIT_SETS = ("dragnet_data", "cleaneval-final", "cleaneval-dev")
TAG = re.compile(r"<[^>]+>")


def half(set_name, key):
    return "tune" if hashlib.sha256(f"{set_name}/{key}".encode()).hexdigest()[0] in "01234567" else "untouched"


def git_files(repo, tree):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD", tree],
                         capture_output=True, text=True, check=True).stdout
    return [l for l in out.splitlines() if not l.endswith(".DS_Store")]


def git_bytes(repo, path):
    return subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"], capture_output=True, check=True).stdout


def decoded(data):
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def gold_text(set_name, raw):
    text = decoded(raw)
    if set_name == "dragnet_data":
        # Dragnet's gold files hold the comments after this marker; the article body is what comes before it
        text = text.split("!@#$%^&*()", 1)[0]
    if set_name.startswith("cleaneval"):
        text = re.sub(r"^URL:.*\n", "", text)
        text = html.unescape(TAG.sub(" ", text))
    return text


def write(out, set_name, pages):
    truths = {}
    for key, page, gold in pages:
        h = half(set_name, key)
        os.makedirs(os.path.join(out, set_name, h, "pages"), exist_ok=True)
        with open(os.path.join(out, set_name, h, "pages", key + ".html"), "w", encoding="utf-8") as f:
            f.write(page)
        truths.setdefault(h, {})[key] = {"articleBody": gold}
    for h, truth in truths.items():
        with open(os.path.join(out, set_name, h, "ground-truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False)
        print(f"{set_name}/{h}: {len(truth)} pages")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--benchmark", default="../shared/eval/html-benchmark")
    ap.add_argument("--dataset", default="/work/.mirror/j-szulc+html-cleaning-dataset-merged/repo")
    ap.add_argument("--readability", default="/work/.mirror/mozilla+readability/repo")
    a = ap.parse_args()

    truth = json.load(open(os.path.join(a.benchmark, "ground-truth.json")))
    write(a.out, "benchmark", [
        (k, open(os.path.join(a.benchmark, "pages", k + ".html"), encoding="utf-8").read(), v.get("articleBody", ""))
        for k, v in sorted(truth.items()) if k[0] in "01234567"])

    pages = []
    for path in git_files(a.readability, "test/test-pages"):
        if path.endswith("/source.html"):
            key = path.split("/")[-2]
            expected = decoded(git_bytes(a.readability, path.replace("source.html", "expected.html")))
            gold = html.unescape(TAG.sub(" ", re.sub(r"</(p|h\d|li|div|pre|blockquote|tr)>", "\n", expected)))
            pages.append((key, decoded(git_bytes(a.readability, path)), gold))
    write(a.out, "readability", pages)

    for set_name in GIT_SETS:
        golds = {os.path.splitext(os.path.basename(p))[0]: p for p in git_files(a.dataset, f"{set_name}/GoldStandard")}
        pages = []
        for path in git_files(a.dataset, f"{set_name}/input"):
            key = os.path.splitext(os.path.basename(path))[0]
            if key in golds:
                pages.append((key, decoded(git_bytes(a.dataset, path)),
                              gold_text(set_name, git_bytes(a.dataset, golds[key]))))
        write(a.out, set_name.replace("_data", ""), pages)


if __name__ == "__main__":
    main()
