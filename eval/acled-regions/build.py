#!/usr/bin/env python3
"""Build ACLED note sets from regions the claim grammar was never developed on.

usage: build.py SNAPSHOT_DIR... OUT_DIR

Each SNAPSHOT_DIR is the git directory that `fetch github:owner/name` returned. Every source file is read at its
pinned commit and checked against its sha256; the rows of each set are labelled and selected by the ACLED dev sets'
own builder (../shared/eval/acled/build.py and labels.py), so the rules and quotas are theirs. See README.md.
"""
import csv, hashlib, importlib.util, io, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("ACLED_BUILDER", os.path.join(HERE, "..", "..", "..", "shared", "eval", "acled", "build.py"))
spec = importlib.util.spec_from_file_location("acled_build", SHARED)
acled_build = importlib.util.module_from_spec(spec)
sys.path.insert(0, os.path.dirname(SHARED))  # acled_build imports labels.py beside it
spec.loader.exec_module(acled_build)

HOA = dict(repo="SomaliConflictAnalysis/HOA-DataVisualization", commit="cf2b3cf00ec2251e315110661aae451bdaba0d4d")
RPANLILIO = dict(repo="RPanlilio/acled", commit="6566b7a91ffb49efeb50adf98ae737e5fb511ca1", path="acled.csv",
                 sha256="b475e75888eb67512914ab474eced0a15e3a6a98b3addf58100f892137a905e0")
# Each set: the files it draws on and which of their rows belong to it (on the row's region or country column).
SETS = {
    "east-africa": [
        dict(HOA, path="Data/Ethiopia.csv", sha256="530c46f2826fb1d4f86a3bc867349969d489ca86ed1d447c82bd28ed5b56a723", keep=None),
        dict(HOA, path="Data/Kenya.csv", sha256="c72514988c8897c1abb5b83458837a1be5b1e3d6e5162a71db901f6deca03557", keep=None),
    ],
    "south-asia": [
        dict(repo="katehara/ACLED---Data-Mining", commit="6167f4fb362dc0b92c8b7aec797f52ca2fcb2dc5", path="acled.csv",
             sha256="53ddd6c21a28075528763a9bd601943f31eed2914c10662f05e2afc1a0cdc7a8",
             keep=("country", {"India", "Pakistan", "Bangladesh", "Nepal", "Sri Lanka"})),  # not Myanmar: README
    ],
    "middle-east": [
        dict(RPANLILIO, keep=("region", {"Middle East"})),
        dict(RPANLILIO, keep=("country", {"Afghanistan"})),
        dict(repo="dkoban/geo_stuff", commit="488316065e45fd3ae8e1776e0a2badf5daae62b3", path="ACLED.csv",
             sha256="48145d172dc85ae7deaeb2d83642aaaa9dcf1626a4d53f7136a44c4b7dbb354f", keep=("country", {"Afghanistan"})),
    ],
    "latin-america": [
        dict(RPANLILIO, keep=("region", {"South America", "Central America", "Caribbean"})),
    ],
}


def has(snapshot, src):
    return subprocess.run(["git", "-C", snapshot, "cat-file", "-e", f"{src['commit']}:{src['path']}"], capture_output=True).returncode == 0


def rows(snapshot, src):
    raw = subprocess.run(["git", "-C", snapshot, "show", f"{src['commit']}:{src['path']}"], capture_output=True, check=True).stdout
    assert hashlib.sha256(raw).hexdigest() == src["sha256"], f"{src['path']} in {snapshot} is not the pinned file"
    for r in csv.DictReader(io.StringIO(raw.decode("utf-8"))):
        r = {k.lower(): v for k, v in r.items()}  # katehara's older export spells its columns in capitals
        if src["keep"] and r[src["keep"][0]] not in src["keep"][1]:
            continue
        yield {"id": r["event_id_cnty"], "date": r["event_date"], "fatalities": int(r["fatalities"]), "notes": r["notes"]}


def events(name, snapshots):
    seen_ids, seen_notes = set(), set()
    for src in SETS[name]:
        snapshot = next((s for s in snapshots if has(s, src)), None)
        if snapshot is None:
            sys.exit(f"{name}: no snapshot holds {src['repo']} {src['path']} at {src['commit']}")
        for r in rows(snapshot, src):
            note = " ".join(r["notes"].split())
            if r["id"] in seen_ids or note in seen_notes:
                continue
            seen_ids.add(r["id"])
            seen_notes.add(note)
            yield r


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    *snapshots, out = sys.argv[1:]
    for name in SETS:
        acled_build.build(name, list(events(name, snapshots)), os.path.join(out, name))


if __name__ == "__main__":
    main()
