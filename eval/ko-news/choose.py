#!/usr/bin/env python3
"""Selects the Korean-English news pairs to label: every pair whose KOREAN sentence has a word of a claim kind
(people killed, wounded, captured, displaced, troops; "word"), and 80 of the other pairs drawn at random with a
fixed seed ("random": negatives).

usage: choose.py GIT_DIR   (the git directory `fetch github:jungyeul/korean-parallel-corpora` returned, e.g.
                           /work/.mirror/jungyeul+korean-parallel-corpora/repo; the dev and test tarballs are read
                           from its HEAD, the train tarball is not used)
prints one line per selected pair: its id, what selected it (word, random), the Korean and the English text
(to read while labelling; never committed).

A pair's id is the corpus file, ':', the line number (from 1), '-', and the first 8 hex digits of the sha1 of the
Korean line: "korean-english-park.dev:123-0a1b2c3d".
"""
import hashlib, io, random, re, subprocess, sys, tarfile

FILES = ("korean-english-park.dev", "korean-english-park.test")
# Broad on purpose (stems, so that every ending matches): a sentence that merely mentions one of these is labelled,
# often with no claim at all.
KIND_WORDS = {
    "killed": "숨지|숨진|숨졌|숨을 거|사망|사상자|희생|시신|시체|유해|살해|살해|죽었|죽은|죽이|죽여|목숨|전사|참사|학살|"
              "사살|피살|익사|순직",
    "wounded": "부상|다쳤|다친|다치|중상|경상|상처|부상자",
    "captured": "포로|인질|납치|억류|구금|체포|피랍|붙잡|생포",
    "displaced": "난민|피란|피난|이재민|대피|실향|탈북|망명|실종",
    "troops": "병력|파병|군인|병사|장병|군대|주둔|증파|철군|민병대|무장대원|무장세력|반군|미군|군 병력",
    "weapons": "미사일|로켓|포탄|박격포|폭탄|탄두",
}
KIND_RE = re.compile("|".join(KIND_WORDS.values()))
NEGATIVES = 80
SEED = 15


def pair_id(corpus, line, korean):
    return f"{corpus}:{line}-{hashlib.sha1(korean.encode('utf-8')).hexdigest()[:8]}"


def corpus(git_dir):
    """{file name: list of lines} of the dev and test tarballs of korean-english-news-v1."""
    lines = {}
    for name in FILES:
        raw = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:korean-english-news-v1/{name}.tar.gz"],
                             capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r:gz") as tar:
            for member in tar.getmembers():
                if member.isfile():
                    text = tar.extractfile(member).read().decode("utf-8", errors="replace")
                    lines[member.name.rsplit("/", 1)[-1]] = text.splitlines()
    return lines


def pairs(git_dir):
    """(id, korean, english) for every line of the corpus files, in order."""
    lines = corpus(git_dir)
    out = []
    for name in FILES:
        for n, (k, e) in enumerate(zip(lines[name + ".ko"], lines[name + ".en"]), start=1):
            out.append((pair_id(name, n, k.strip()), k.strip(), e.strip()))
    return out


def selection(git_dir):
    """(id, korean, english, reason) for every selected pair, in corpus order."""
    rows = pairs(git_dir)
    reason = {i: "word" for i, (_, k, _) in enumerate(rows) if KIND_RE.search(k)}
    others = sorted(set(range(len(rows))) - set(reason))
    reason.update((i, "random") for i in random.Random(SEED).sample(others, NEGATIVES))
    return [rows[i] + (reason[i],) for i in sorted(reason)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for sid, ko, en, reason in selection(sys.argv[1]):
        print(f"{sid}\t{reason}\t{ko}\t{en}")
