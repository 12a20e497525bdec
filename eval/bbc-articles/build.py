#!/usr/bin/env python3
"""Builds the bbc-articles claim set: whole English articles of the BBC News website, 2004-05, as the mlg-ucd "BBC"
dataset keeps them (D. Greene and P. Cunningham, ICML 2006: 2,225 articles in five folders, business, entertainment,
politics, sport, tech; the articles remain the BBC's), one text file per article, beside the claims written by hand
in labels.json, in two parts.

usage: build.py GIT_DIR OUT [BATCH] [--list] [--dump]
  GIT_DIR  the git directory `fetch github:DokahlSoZoor/DieNeueKrone` returned
           (/work/.mirror/DokahlSoZoor+DieNeueKrone/repo/.git)
  OUT      folder to write: OUT/{tune,untouched}/docs/bbc-ID.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  BATCH    1 (default: eval/bbc-articles, the labels beside this script) or 2 (eval/bbc-articles-2, its labels
           there: every counted article batch 1 left, and more negatives)
  --list   print the ids, their part, reason (count / random) and first words
  --dump   print every selected article's text (for reading and labelling)

The corpus is the folder data/bbc at COMMIT, every file NNN.txt of the five topic folders, checked as a whole against
SHA256 (the sha256 of the files' paths and bytes, in path order). Files are latin-1 (the dataset wrote "pounds" for
the pound sign); the first line is the headline, the rest the article. An article's id is "bbc:" and its topic and
number ("bbc:politics-042"); files whose text was already seen (the dataset repeats a few) are dropped. Selection:
batch 1 draws COUNTED articles with random.Random(SEED) from those whose text has a claim-kind word within six words
of a count (reuters-articles' `counted`: "count"), and RANDOM articles with none ("random", negatives); batch 2 takes
every counted article batch 1 did not, and draws its negatives from those batch 1 did not take (BATCHES). Part: the sha1 of the id,
even -> tune, odd -> untouched (eval/ag-news' `part`), or of "event:" and the event's name for articles that tell one
event (EVENTS). Fixed before any labelling.
"""
import hashlib, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reuters-articles"))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
from select_articles import counted  # noqa: E402  (claim word near a count)
from select_items import part, list_or_write  # noqa: E402  (eval/ag-news)

COMMIT = "4abe2d2ac2eb677e40bc2d770b7484b9745d4094"
FOLDER = "data/bbc/"
SHA256 = "0616b020911185a009494fec9318854e1df1be839e20c7f01e5ede0a6946df5f"
LANGUAGE = "en"
BATCHES = {1: (80, 20, 1818), 2: (None, 13, 1819)}  # batch: counted articles (None: all left), negatives, seed
LABELS = {1: HERE, 2: os.path.join(HERE, "..", "bbc-articles-2")}  # batch: the folder of its labels.json
# Articles of the selection that tell one event, decided from their first lines before labelling: one part for all.
TSUNAMI = ("business-262", "business-345", "entertainment-104", "entertainment-182", "politics-164", "politics-191",
           "business-228", "business-346", "business-353", "business-398", "entertainment-195", "politics-017",
           "politics-135", "politics-195", "politics-208", "tech-106")  # the last ten: batch 2
THANOU = ("sport-054", "sport-089", "sport-016", "sport-082")  # the last two: batch 2
EVENTS = {**{f"bbc:{name}": "asian-tsunami" for name in TSUNAMI}, **{f"bbc:{name}": "thanou-doping" for name in THANOU}}


def part_of(article_id):
    """The sha1 split of the article, or of its event where selected articles share one."""
    return part("event:" + EVENTS[article_id]) if article_id in EVENTS else part(article_id)


def corpus(git_dir):
    """[(path, bytes)] of every article file under FOLDER at COMMIT, in path order, checked against SHA256."""
    def git(*args, **kw):
        return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True, **kw).stdout
    paths = sorted(p for p in git("ls-tree", "-r", "--name-only", COMMIT, FOLDER).decode().splitlines()
                   if p.count("/") == 3 and p.endswith(".txt"))
    out = git("cat-file", "--batch", input="".join(f"{COMMIT}:{p}\n" for p in paths).encode())
    files, digest, at = [], hashlib.sha256(), 0
    for path in paths:
        header_end = out.index(b"\n", at)
        size = int(out[at:header_end].split()[2])
        raw = out[header_end + 1:header_end + 1 + size]
        at = header_end + 2 + size
        digest.update(path.encode() + b"\0" + raw)
        files.append((path, raw))
    if digest.hexdigest() != SHA256:
        sys.exit(f"{FOLDER} at {COMMIT} is not the corpus labelled (sha256 {digest.hexdigest()})")
    return files


def articles(git_dir):
    """[(id, text)] of every distinct article, in path order."""
    seen, rows = set(), []
    for path, raw in corpus(git_dir):
        text = raw.decode("latin-1").strip()
        topic, name = path[len(FOLDER):-len(".txt")].split("/")
        if text not in seen:
            seen.add(text)
            rows.append((f"bbc:{topic}-{name}", text))
    return rows


def drawn(rows, batch):
    """[(id, text, reason)] of the batch's articles; a batch draws only from the articles no earlier batch took."""
    taken = {i for earlier in range(1, batch) for i, _, _ in drawn(rows, earlier)}
    free = [r for r in rows if r[0] not in taken]
    how_many, negatives, seed = BATCHES[batch]
    pick = random.Random(seed)
    count = [r for r in free if counted(r[1])]
    chosen = [(i, t, "count") for i, t in (count if how_many is None else pick.sample(count, how_many))]
    return chosen + [(i, t, "random") for i, t in pick.sample([r for r in free if not counted(r[1])], negatives)]


def selection(git_dir, batch=1):
    """[(id, part, text, reason)] of the batch's articles, in id order."""
    return sorted((i, part_of(i), t + "\n", why) for i, t, why in drawn(articles(git_dir), batch))


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    batch = int(args[2]) if len(args) > 2 and args[2].isdigit() else 1
    list_or_write(args, selection(args[0], batch), LABELS[batch], LANGUAGE,
                  preview=lambda text: text[:100].replace("\n", " | "))


if __name__ == "__main__":
    main(sys.argv[1:])
