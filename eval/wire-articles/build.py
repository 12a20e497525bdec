#!/usr/bin/env python3
"""Builds the wire-articles claim set: whole English wire stories of Agence France-Presse (April 1997, December 2005
and 2006) and Xinhua (November 2005 and 2006), from English Gigaword as the TempEval-3 "silver" training data keeps
them (TE3-Silver-data-0..5, 2,452 TimeML files; copied in qiangning/StructTempRel-EMNLP17), one text file per story,
beside the claims written by hand in labels.json, in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:qiangning/StructTempRel-EMNLP17` returned
           (/work/.mirror/qiangning+StructTempRel-EMNLP17/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/gw-ID.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  --list   print the chosen ids, their part, reason (count / random) and headline
  --dump   print every chosen story's text (for reading and labelling)

The files are FOLDER/TE3-Silver-data-*/*.tml at COMMIT, checked together against SHA256 (the sha256 of their bytes
concatenated in path order). Taken: every story with a text, once (a story filed twice, as the wires do with their
updates, is kept at its first sighting in path order). A story's id is "gw:" and its Gigaword DOCID
(e.g. gw:XIN_ENG_20051108.0025); its part is the sha1 of the id (even -> tune, odd -> untouched; eval/ag-news'
part()), fixed before any labelling. Selection in each part: COUNTED stories drawn with random.Random(SEED) from those
with a claim-kind word within six words of a count (reuters-articles' `counted`), then RANDOM from those without one
(negatives); then MORE drawn with random.Random(MORE_SEED) from the counted stories the first draw left ("count-2": a
second round, added once the first 80 were labelled, before any run). The text is the headline, a blank line, the dateline (place, date, agency), a blank line, and the story's
paragraphs, the TimeML tags taken out.
"""
import hashlib, html, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reuters-articles"))
sys.path.insert(0, os.path.join(HERE, "..", "ag-news"))
from select_articles import counted  # noqa: E402  (claim word near a count)
from select_items import part, list_or_write  # noqa: E402  (eval/ag-news)

COMMIT = "d6518a5a79d940d749c95ee5b72830714b132238"
FOLDER = "data/TempEval3/Training/"
SILVER = re.compile(r"TE3-Silver-data-\d/[A-Z]{3}_ENG_\d{8}\.\d{4}\.tml$")
SHA256 = "b31f0032bc24f09a658637061243561d9a02425661b7e6d12a1122a82b5351f8"
COUNTED, RANDOM, SEED = 30, 10, 1617  # per part
MORE, MORE_SEED = 20, 1618  # per part: a second draw of COUNTED's kind, from the stories the first left
LANGUAGE = "en"


def element(xml, name):
    found = re.search(rf"<{name}>(.*?)</{name}>", xml, re.S)
    return found.group(1) if found else ""


def plain(markup):
    """The text of TimeML markup: tags out, entities undone."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def story_text(xml):
    """The headline, the dateline, then the story's paragraphs, a blank line between each."""
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n", plain(element(xml, "TEXT")))]
    dateline = re.sub(r" +,", ",", plain(element(xml, "DCT")).strip())  # "April 4 , 1997": the tagger's space
    head = [plain(element(xml, "TITLE")).strip(), dateline]
    return "\n\n".join([h for h in head if h] + [p for p in paragraphs if p]) + "\n"


def silver_files(git_dir):
    """[(path, bytes)] of the silver TimeML files at COMMIT, in path order, checked against SHA256."""
    listing = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", COMMIT, FOLDER],
                             check=True, capture_output=True, text=True).stdout.split("\n")
    paths = sorted(p for p in listing if SILVER.search(p))
    batch = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "--batch"], check=True, capture_output=True,
                           input="".join(f"{COMMIT}:{p}\n" for p in paths).encode()).stdout
    files, at, digest = [], 0, hashlib.sha256()
    for path in paths:
        header_end = batch.index(b"\n", at)
        size = int(batch[at:header_end].split()[2])
        raw = batch[header_end + 1:header_end + 1 + size]
        at = header_end + 2 + size
        digest.update(raw)
        files.append((path, raw))
    if digest.hexdigest() != SHA256:
        sys.exit(f"the silver files at {COMMIT} are not the ones labelled (sha256 differs)")
    return files


def stories(git_dir):
    """[(id, text)] of every story with a text, in path order, each text once."""
    rows, seen = [], set()
    for _, raw in silver_files(git_dir):
        xml = raw.decode("utf-8")
        text = story_text(xml)
        body = text.split("\n\n", 2)[-1]
        if len(body) < 40 or body[:300] in seen:
            continue
        seen.add(body[:300])
        rows.append(("gw:" + element(xml, "DOCID").strip(), text))
    return rows


def selection(git_dir):
    """[(id, part, text, reason)] of the chosen stories, in id order."""
    rows = stories(git_dir)
    pick, chosen = random.Random(SEED), []
    for name in ("tune", "untouched"):
        mine = [r for r in rows if part(r[0]) == name]
        withcount = [(r[0], name, r[1], "count") for r in mine if counted(r[1])]
        others = [(r[0], name, r[1], "random") for r in mine if not counted(r[1])]
        chosen += pick.sample(withcount, COUNTED)
        chosen += pick.sample(others, RANDOM)
    more = random.Random(MORE_SEED)
    for name in ("tune", "untouched"):
        taken = {c[0] for c in chosen}
        left = [(r[0], name, r[1], "count-2") for r in rows if part(r[0]) == name and r[0] not in taken and counted(r[1])]
        chosen += more.sample(left, MORE)
    return sorted(chosen)


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    list_or_write(args, selection(args[0]), HERE, LANGUAGE, preview=lambda text: text.split("\n")[0][:100])


if __name__ == "__main__":
    main(sys.argv[1:])
