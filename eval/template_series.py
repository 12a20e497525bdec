#!/usr/bin/env python3
"""What the template memory does to series of real pages of one site (docs/templates.md).

usage: template_series.py GROUND_TRUTH.json PAGES_DIR [--min-pages 4] [--text] [--jar target/newswire.jar]
                          [--set newswire.templates.min.articles=2 ...]

Groups the pages of a set in html_f1.py's format by the host of their canonical URL (<link rel=canonical> or
og:url), keeps the hosts with at least --min-pages pages, and hands them to ONE `extract` run as a .jsonl (each record
with its page's URL, sites one after another, pages in key order), once with the memory off
(newswire.templates.min.articles=0) and once with the default settings. With --text each page is first made a text copy
(../shared/eval/text_copy.py, w3m). Prints html_f1.py's figures for both runs over the series pages, and the lines the
memory removed: how many, and how many of them are story (the line's words run inside the page's gold body).
"""
import argparse, json, os, re, statistics, subprocess, sys, tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "eval")
sys.path.insert(0, SHARED)
import html_f1  # noqa: E402

CANONICAL = re.compile(r"""<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)"""
                       r"""|<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)"""
                       r"""|href=["']([^"']+)["'][^>]*rel=["']canonical""", re.I)
WORDS = re.compile(r"\w+", re.UNICODE)


def url_of(html):
    match = CANONICAL.search(html)
    return next((g for g in match.groups() if g), None) if match else None


def host(url):
    found = re.match(r"https?://([^/:]+)", url or "", re.I)
    return re.sub(r"^www\.", "", found.group(1).lower()) if found else None


def words(text):
    return " ".join(WORDS.findall((text or "").lower()))


def run(jar, jsonl, settings):
    out = subprocess.run(["java", "-jar", jar, "extract", *settings, jsonl], capture_output=True, text=True,
                         timeout=3600)
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def article(event):
    return event.get("article") if isinstance(event.get("article"), dict) else event


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("pages")
    ap.add_argument("--min-pages", type=int, default=4)
    ap.add_argument("--text", action="store_true")
    ap.add_argument("--jar", default="target/newswire.jar")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a setting of the 'on' run")
    a = ap.parse_args()
    truth = json.load(open(a.truth))
    by_host = defaultdict(list)
    for key in sorted(truth):
        html = open(os.path.join(a.pages, key + ".html"), errors="replace").read()
        url = url_of(html[:300000])
        if host(url):
            by_host[host(url)].append((key, url, html))
    series = {h: pages for h, pages in sorted(by_host.items()) if len(pages) >= a.min_pages}
    keys = []
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for pages in series.values():
            for key, url, html in pages:
                body, kind = html, "text/html"
                if a.text:
                    body = subprocess.run([sys.executable, os.path.join(SHARED, "text_copy.py"), "/dev/stdin"],
                                          input=html, capture_output=True, text=True).stdout
                    kind = "text/plain"
                f.write(json.dumps({"id": key, "source": key, "url": url, "contentType": kind, "body": body}) + "\n")
                keys.append(key)
    runs = {"off": run(a.jar, f.name, ["-D", "newswire.templates.min.articles=0"]), "on": run(a.jar, f.name, [x for kv in a.set for x in ("-D", kv)])}
    os.unlink(f.name)
    print(f"{len(series)} sites, {len(keys)} pages ({'text copies' if a.text else 'HTML'})")
    bodies = {}
    for name, events in runs.items():
        bodies[name] = {}
        for event in events:
            if "error" not in event:
                bodies[name][article(event)["id"]] = article(event)["paragraphs"]
        counts = [html_f1.page_counts(truth[k].get("articleBody", ""), "\n".join(bodies[name].get(k, [])))
                  for k in keys]
        p = statistics.mean(html_f1.precision(*c) for c in counts if c[0] + c[1] > 0)
        r = statistics.mean(html_f1.recall(*c) for c in counts if c[0] + c[2] > 0)
        print(f"memory {name}: F1={2 * p * r / (p + r):.3f} P={p:.3f} R={r:.3f}")
    removed = story = 0
    for key in keys:
        on = set(bodies["on"].get(key, []))
        gold = " " + words(truth[key].get("articleBody", "")) + " "
        for line in bodies["off"].get(key, []):
            if line not in on:
                removed += 1
                if words(line) and " " + words(line) + " " in gold:
                    story += 1
                    print(f"  story line removed ({key[:12]}): {line[:100]}")
    print(f"lines removed by the memory: {removed}, of them story (in the gold body): {story}")


if __name__ == "__main__":
    main()
