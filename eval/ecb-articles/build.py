#!/usr/bin/env python3
"""Builds the ecb-articles claim set: whole English news articles of the ECB+ corpus (EventCorefBank+, Cybulska and
Vossen 2014, CC BY 3.0: 982 articles of 2008-2013 from many outlets, on 43 topics, each with two events of one kind,
e.g. two earthquakes, two office shootings, two fires), as kept in tommasoc80/EventStoryLine, one text file per
article, beside the claims written by hand in labels.json and the optional ones of two conventions the builder
applies itself (vague_labels, munition_labels), in two parts.

usage: build.py GIT_DIR OUT [--list] [--dump]
  GIT_DIR  the git directory `fetch github:tommasoc80/EventStoryLine` returned
           (/work/.mirror/tommasoc80+EventStoryLine/repo)
  OUT      folder to write: OUT/{tune,untouched}/docs/ecb-NAME.txt and OUT/{tune,untouched}/expected.json;
           with --list or --dump, OUT may be '-' (nothing written)
  --list   print the chosen ids, their part, reason (count / random) and first line
  --dump   print every chosen article's text (for reading and labelling)

Every file is read at the pinned COMMIT and the corpus is checked against PINNED_SHA256 (the sha256 of the sorted
"path<TAB>blob sha256" lines of every ECB+_LREC2014/ECB+/*/*.xml). An article's id is "ecb:" and its file name
("ecb:37_1ecbplus"). Selection: every article with a claim-kind word within six words of a count (reuters-articles'
`counted`) is a candidate; COUNTED of them are drawn with random.Random(SEED) ("count"), and RANDOM of the others
("random", negatives), half of each from either part (the casualty-heavy events fell more often on one side); then
SECOND_DRAW more candidates, half from either part (a second batch, labelled after the first and before any run).
The part is decided by the article's EVENT, not the article alone: ECB+ has a dozen articles on one event (topic
37's ECB half, "37ecb": one earthquake; "37ecbplus": another), which tell the same toll in the same words, so
splitting articles would put the same sentence on both sides. The part is the sha1 of "ecb:" and the
event ("ecb:37ecbplus": even -> tune, odd -> untouched; eval/ag-news' part()), fixed before any labelling.
"""
import hashlib, html, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reuters-articles"))
from select_articles import counted, part  # noqa: E402  (claim word near a count; sha1 split of eval/ag-news)
from select_items import write_parts  # noqa: E402  (the set writer of eval/ag-news)

COMMIT = "46edefee5e82e0917b823abe0a18bf8c7770f15c"
FOLDER = "ECB+_LREC2014/ECB+/"
PINNED_SHA256 = "5e09047cbd5eaa59066650e9620c9148931fc76d87fbc5806bc574db686a273d"
COUNTED, RANDOM, SECOND_DRAW, SEED = 90, 20, 40, 1504
LANGUAGE = "en"
TOKEN = re.compile(r'<token [^>]*\bsentence="(\d+)"[^>]*>(.*?)</token>', re.S)
# The README's convention (that of eval/reuters-articles): a vague quantity of a kind ("injured dozens", "dozens of
# others were seriously injured", "killed tens of thousands of people") is an optional label of the kind alone, one
# per mention. The hand labels applied it unevenly (ecb-articles-2: never), so the builder applies it to every article
# of both parts by this grammar: the vague word as the object of a verb of the kind, or as the subject of its passive.
VAGUE = r"(?:dozens|scores|hundreds|thousands|millions|tens of thousands|hundreds of thousands)"
KIND_VERBS = {"killed": r"killed|killing|kills|kill", "wounded": r"injured|injuring|injures|injure|wounded|wounding|hurt",
              "displaced": r"evacuated|displaced|homeless|fled"}
VAGUE_OBJECT = r"\b(?:{verb})\s+" + VAGUE + r"\b"
VAGUE_SUBJECT = (r"\b" + VAGUE + r"(?:\s+(?:more|others|of\s+(?:the\s+)?\w+))?"
                 r"(?:\s+(?:were|was|are|have|has|had|been|being|reported|seriously|critically|badly|slightly|also|left))*"
                 r"\s+(?:{verb})\b")


def git(git_dir, *args):
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, check=True).stdout


def merge_numbers(tokens):
    """The corpus splits "31,000", "6.1" and "7:48" into three tokens each: put them back together (a thousands
    comma only after one to three digits, so that "in 2004 , 230 people" keeps its comma)."""
    merged = []
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if merged and merged[-1] == "\0":
            merged[-2:] = [merged[-2] + token]
            continue
        before = merged[-1] if merged else ""
        if (token == "," and re.fullmatch(r"\d{1,3}(,\d{3})*", before) and re.fullmatch(r"\d{3}", after)
                or token in ".:" and re.fullmatch(r"\d+", before) and re.fullmatch(r"\d+", after)):
            merged[-1] += token
            merged.append("\0")  # the next token joins this one
            continue
        merged.append(token)
    return merged


def detokenize(tokens):
    """The sentence as it was written, near enough: no space before closing punctuation and clitics, none after
    opening brackets and currency, none inside numbers and hyphenated words."""
    text, quote_open = "", False
    for token in merge_numbers(tokens):
        if token == '"':
            quote_open = not quote_open
            text += (" " if text else "") + token if quote_open else token
            continue
        glue = (re.fullmatch(r"[,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|'", token)
                or re.search(r'[(\[{$/-]$', text) or text.endswith('"') and quote_open)
        glue = glue or token in "-/" and re.search(r"\w$", text)
        text += token if (glue or not text) else " " + token
    return text


def articles(git_dir):
    """[(id, event, sentences)] of every article, in path order; the pinned corpus is checked against PINNED_SHA256."""
    listing = git(git_dir, "ls-tree", "-r", COMMIT, FOLDER).decode().splitlines()
    paths = sorted(line.split("\t", 1)[1] for line in listing if line.endswith(".xml"))
    digest, rows = hashlib.sha256(), []
    for path in paths:
        raw = git(git_dir, "show", f"{COMMIT}:{path}")
        digest.update(f"{path}\t{hashlib.sha256(raw).hexdigest()}\n".encode())
        sentences = {}
        for number, token in TOKEN.findall(raw.decode("utf-8")):
            sentences.setdefault(int(number), []).append(html.unescape(token))
        lines = [detokenize(sentences[n]) for n in sorted(sentences)]
        lines = [line for line in lines if not line.startswith("http")]  # the ECB+ half opens with the page's URL
        name = os.path.basename(path)[:-len(".xml")]
        topic, half = re.fullmatch(r"(\d+)_\d+(ecb(?:plus)?)", name).groups()
        rows.append((f"ecb:{name}", f"ecb:{topic}{half}", lines))
    if digest.hexdigest() != PINNED_SHA256:
        sys.exit(f"{FOLDER} at {COMMIT} is not the pinned corpus (sha256 {digest.hexdigest()})")
    return rows



def selection(git_dir):
    """[(id, event, sentences, reason)] of the chosen articles, in id order."""
    rows = articles(git_dir)
    withcount = [i for i, r in enumerate(rows) if counted("\n".join(r[2]))]
    others = sorted(set(range(len(rows))) - set(withcount))
    pick, reason = random.Random(SEED), {}
    for name in ("tune", "untouched"):  # half of each kind drawn from each part, or the parts' events would skew it
        candidates = [i for i in withcount if part(rows[i][1]) == name]
        reason.update((i, "count") for i in pick.sample(candidates, COUNTED // 2))
        reason.update((i, "random") for i in pick.sample([i for i in others if part(rows[i][1]) == name], RANDOM // 2))
    for name in ("tune", "untouched"):  # the second draw (labelled after the first, before any run)
        rest = [i for i in withcount if part(rows[i][1]) == name and i not in reason]
        reason.update((i, "count") for i in pick.sample(rest, SECOND_DRAW // 2))
    return [rows[i] + (reason[i],) for i in sorted(reason, key=lambda i: rows[i][0])]


def article_text(sentences):
    """One sentence a line, a blank line between: ECB+ keeps sentences, not paragraphs."""
    return "\n\n".join(sentences) + "\n"
# Likewise munitions dropped or fired with a number ("dropped four bombs", "At least four bombs were reportedly
# dropped", "fired a total of 11 rounds", "two bombs fell") are an optional weapons label (the README's "rockets or
# shells fired"), one per mention, the bound read as the labels read it.
NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER = r"(\d[\d,]*|" + "|".join(NUMBER_WORDS) + r")"
LOW_BOUND = r"(?:(at least|more than|over)\s+)?"
MUNITION = r"(?:\w+\s+)?(?:bombs|rockets|shells|missiles|rounds|mortars)\b"
FIRED_OBJECT = r"\b(?:dropped|fired|launched)\s+(?:a total of\s+)?" + LOW_BOUND + NUMBER + r"\s+" + MUNITION
FIRED_SUBJECT = (r"\b" + LOW_BOUND + NUMBER + r"\s+" + MUNITION + r"(?:\s+(?:were|was|had|been|reportedly))*"
                 r"\s+(?:dropped|fired|launched|fell|hit|landed|exploded)\b")


def munition_labels(text, claims):
    """The optional weapons labels the munitions convention asks for beyond those claims already hold: one per
    mention of munitions dropped or fired with a number (FIRED_OBJECT, FIRED_SUBJECT) whose figure no label of the
    kind already gives."""
    added, by_hand = [], [c for c in claims if c["kind"] == "weapons"]
    for shape in (FIRED_OBJECT, FIRED_SUBJECT):
        for bound, number in re.findall(shape, text, re.I):
            value = NUMBER_WORDS.get(number.lower()) if number.isalpha() else int(number.replace(",", ""))
            label = {"kind": "weapons", "low" if bound else "value": value, "status": "reported", "optional": True}
            same = next((c for c in by_hand if c.get("low" if bound else "value") == value), None)
            if same is not None:
                by_hand.remove(same)
            else:
                added.append(label)
    return added


def vague_labels(text, claims):
    """The optional kind-only labels the vague-quantity convention asks for beyond those claims already hold: one per
    mention of a vague quantity of a kind in the text (VAGUE_OBJECT, VAGUE_SUBJECT), less the kind-only labels of
    that kind written by hand."""
    added = []
    for kind, verb in KIND_VERBS.items():
        mentions = sum(len(re.findall(shape.format(verb=verb), text, re.I)) for shape in (VAGUE_OBJECT, VAGUE_SUBJECT))
        by_hand = sum(1 for c in claims if c["kind"] == kind and not {"value", "low", "high"} & set(c))
        added += [{"kind": kind, "status": "reported", "optional": True}] * max(0, mentions - by_hand)
    return added


def main(args):
    if len(args) < 2:
        sys.exit(__doc__)
    chosen = selection(args[0])
    if "--list" in args or "--dump" in args:
        for article_id, event, sentences, why in chosen:
            print("=" * 20 if "--dump" in args else "", article_id, part(event), why, sentences[0][:100], sep="\t")
            if "--dump" in args:
                print(article_text(sentences))
        print(len(chosen), "articles", file=sys.stderr)
        return
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    for article_id, _, sentences, _ in chosen:
        text = article_text(sentences)
        labels[article_id] = (labels[article_id] + vague_labels(text, labels[article_id])
                              + munition_labels(text, labels[article_id]))
    write_parts(args[1], LANGUAGE, labels, [(article_id, part(event), article_text(sentences))
                                            for article_id, event, sentences, _ in chosen])


if __name__ == "__main__":
    main(sys.argv[1:])
