#!/usr/bin/env python3
"""Builds the ko-naver set: whole Korean news articles of many outlets as the Naver news portal carries them,
from the history of hephaex/Baram, a news-crawler repository that committed 40,140 crawled Naver articles (one
markdown file each: front matter with the outlet, URL and Naver ids, the title, the body) between December 2025
and January 2026, one text file per article, beside the claims written by hand in labels.json, in two parts.

usage: make_set.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:hephaex/Baram` returned (e.g. /work/.mirror/hephaex+Baram/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/NNN.txt (NNN: the article's place in the selection) and
           OUT/{tune,untouched}/expected.json (tier ko); with --list or --dump, OUT may be '-' (nothing written)
  --list   print the chosen ids, their reason (word / random), part, outlet and titles
  --dump   print every chosen article's text (for reading and labelling)

The articles are every `output/raw/*.md` file in the history of the pinned commit PINNED (the files were later
removed from the tree); the sorted list of their paths and blob ids is checked against MANIFEST_SHA256. An article's
id is its Naver URL. Left out: outlets that write in English (Korea Herald, Korea JoongAng Daily: few Hangul), photo
captions and briefs (bodies under MIN_CHARS), the Chosun Ilbo (whose articles ko-articles already holds), and a
title seen twice (kept once). Of the rest, WORD_COUNT drawn with random.Random(SEED) from those with a claim-kind
word beside a count (ko-articles' has_kind_word) and RANDOM_COUNT from the others (negatives). The part of an
article is ko-articles' part(): the sha1 of its id (even -> tune, odd -> untouched). The texts are the outlets' and
stay out of the repository; labels.json holds only ids and claims.
"""
import functools, hashlib, html, importlib.util, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ko-articles"))
from build import part, write_parts  # noqa: E402  (eval/ko-articles/build.py)
from choose import article_text, has_kind_word  # noqa: E402  (eval/ko-articles/choose.py)

PINNED = "900ac26bb133b26e7d40dbfbe180c3d30be02d7a"
FOLDER = "output/raw/"
MANIFEST_SHA256 = "e11dc9ed9c4fa1a5e69574092dc194ecbc20b39e1c4905dba559ae96a9e30619"
LEFT_OUT_OUTLETS = {"023"}  # the Chosun Ilbo (Naver office id 023): eval/ko-articles is its set
MIN_CHARS = 300
MIN_HANGUL_SHARE = 0.5
SEED = 17
WORD_COUNT = 80
RANDOM_COUNT = 20


def git(git_dir, *args, stdin=None):
    return subprocess.run(["git", "--git-dir", git_dir, *args], input=stdin, capture_output=True, check=True).stdout


def manifest(git_dir):
    """Sorted [(path, blob)] of every article file in the pinned history."""
    found = set()
    for commit in git(git_dir, "rev-list", PINNED).decode().split():
        for line in git(git_dir, "ls-tree", "-r", "-z", commit, "--", FOLDER).decode("utf-8").split("\0")[:-1]:
            meta, path = line.split("\t", 1)
            found.add((path, meta.split()[2]))
    files = sorted(found)
    listing = "".join(f"{blob} {path}\n" for path, blob in files).encode("utf-8")
    if hashlib.sha256(listing).hexdigest() != MANIFEST_SHA256:
        sys.exit(f"the article files in the history of {PINNED} are not the pinned ones (manifest sha256 differs)")
    return files


def parse(text):
    """(id, title, outlet, office, paragraphs) of one crawled file: its front matter, '# title', and the body
    between the header rule and the closing rule; HTML entities decoded as a reader sees them."""
    front, rest = text.split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in front.splitlines() if ": " in line)
    body = rest.split("\n---\n", 2)
    body = body[1] if len(body) > 1 else ""
    paragraphs = [html.unescape(p).strip() for p in body.split("\n") if p.strip()]
    title = html.unescape(meta.get("title", "").strip().strip('"'))
    return meta.get("url", "").strip(), title, meta.get("publisher", "").strip(), meta.get("oid", "").strip(), paragraphs


def hangul_share(text):
    letters = [c for c in text if c.isalpha()]
    return sum("가" <= c <= "힣" for c in letters) / max(1, len(letters))


def articles(git_dir):
    """[(id, title, byline, paragraphs)] of the kept articles, sorted by id, with their outlet beside."""
    files = manifest(git_dir)
    blobs = git(git_dir, "cat-file", "--batch", stdin="".join(f"{b}\n" for _, b in files).encode())
    texts, at = [], 0
    for _ in files:
        header_end = blobs.index(b"\n", at)
        size = int(blobs[at:header_end].split()[2])
        texts.append(blobs[header_end + 1:header_end + 1 + size].decode("utf-8"))
        at = header_end + 1 + size + 1
    kept, titles = [], set()
    for aid, title, outlet, office, body in sorted(parse(t) for t in texts):
        text = "".join(body)
        if (not aid or office in LEFT_OUT_OUTLETS or len(text) < MIN_CHARS or hangul_share(text) < MIN_HANGUL_SHARE
                or title in titles):
            continue
        titles.add(title)
        kept.append(((aid, title, "", body), outlet))
    return kept


def draw(pool, seed, taken=frozenset()):
    """WORD_COUNT articles with a claim-kind word beside a count and RANDOM_COUNT others, drawn with
    random.Random(seed) from the pool less the article ids taken (the later sets draw from what earlier ones left)."""
    left = [c for c in pool if c[0][0] not in taken]
    rng = random.Random(seed)
    worded = [c for c in left if has_kind_word(c[0])]
    others = [c for c in left if not has_kind_word(c[0])]
    chosen = [(a, o, "word") for a, o in rng.sample(worded, WORD_COUNT)] + \
             [(a, o, "random") for a, o in rng.sample(others, RANDOM_COUNT)]
    return sorted(chosen, key=lambda c: c[0][0])


def selection(git_dir):
    return draw(articles(git_dir), SEED)


FIRST_SELECTION = selection  # a later set's builder puts its own selection in this module's place to run main


def selection_of(set_name):
    """The selection function of an earlier set's builder, its module loaded under another name (every builder is
    make_set.py); loading one also runs its own loading of the sets before it."""
    spec = importlib.util.spec_from_file_location(set_name.replace("-", "_"),
                                                  os.path.join(HERE, "..", set_name, "make_set.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.selection


def later_draw(seed, earlier_sets):
    """The selection of a later draw: by the same rule, with random.Random(seed), from what this set and the
    `earlier_sets` (their names) left. The crawl's history is then read once for all the draws."""
    global articles
    if not hasattr(articles, "cache_info"):
        articles = functools.lru_cache(maxsize=None)(articles)
    earlier = [FIRST_SELECTION] + [selection_of(name) for name in earlier_sets]

    def later_selection(git_dir):
        taken = {article[0] for earlier_selection in earlier for article, _, _ in earlier_selection(git_dir)}
        return draw(articles(git_dir), seed, taken)
    return later_selection


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    chosen = selection(args[0])
    if "--dump" in args:
        for number, (article, outlet, why) in enumerate(chosen):
            print("=" * 20, f"{number:03d}", why, part(article[0]), outlet, article[0])
            print(article_text(article))
    if "--list" in args:
        for number, ((aid, title, _, _), outlet, why) in enumerate(chosen):
            print(f"{number:03d}", why, part(aid), outlet, aid, title, sep="\t")
    if "--list" not in args and "--dump" not in args:
        with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
            write_parts([article for article, _, _ in chosen], json.load(f), args[1])
    print(len(chosen), "articles", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
