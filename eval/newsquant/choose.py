#!/usr/bin/env python3
"""Selects the NewsQuant sentences to label: every sentence with a word of the claim kinds or of an event that
leaves people dead, hurt, held or homeless ("word"); every other sentence that counts people with a digit
("people": hard negatives such as "employs 200 people"); and 60 of the rest drawn at random with a fixed seed
("random": negatives).

usage: choose.py NEWSQUANT_JSON   (git --git-dir=MIRROR show HEAD:data/formatted_test_set/NewsQuant.json > FILE)
prints one line per selected sentence: its id (index in NewsQuant.json, '-', first 8 hex digits of the sha1 of its
text), what selected it (word, people, random), and the text (to read while labelling; not committed).
"""
import hashlib, json, random, re, sys

# Broad on purpose: a sentence that merely mentions one of these is labelled (often with no claim at all).
KIND_WORDS = {
    "killed": r"kill\w*|dead|deaths?|died|dies|dying|fatal\w*|casualt\w*|victims?|bod(?:y|ies)|murder\w*|slain|"
              r"massacre\w*|toll|lives|shot|suicides?|homicides?|perish\w*",
    "wounded": r"wound\w*|injur\w*|hurt|hospitali[sz]ed",
    "captured": r"captur\w*|hostages?|prisoners?|POWs?|abduct\w*|kidnap\w*|detain\w*|detention|arrest\w*|"
                r"seized|held captive|captives?",
    "displaced": r"displac\w*|refugees?|fled|flee\w*|evacuat\w*|asylum|homeless|migrants?",
    "troops": r"troops?|soldiers?|servicem[ae]n|service members?|marines?|army|armies|military|militar\w*|"
              r"personnel|deploy\w*|forces|reservists?|recruits?|militants?|fighters?|battalions?|brigades?",
    "weapons": r"rockets?|missiles?|shells?|shelling|drones?|artillery|bombs?|bombing|mortars?|munitions?|"
               r"weapons?|warheads?|rounds|fired|launch\w*|grenades?|guns?|rifles?",
    # events that leave people dead, hurt, held or homeless
    "events": r"attack\w*|shooting\w*|gunm[ae]n|gunfire|stabb\w*|crash\w*|collision|accident\w*|explosions?|"
              r"blasts?|wars?|warfare|conflicts?|combat|violen\w*|clash\w*|riots?|terror\w*|earthquakes?|"
              r"hurricanes?|typhoons?|cyclones?|storms?|floods?|flooding|wildfires?|landslides?|disasters?|"
              r"pandemic|epidemic|outbreak|covid\w*|coronavirus|rescued|survivors?|missing|police|raids?",
}
KIND_RE = re.compile(r"\b(?:" + "|".join(KIND_WORDS.values()) + r")\b", re.IGNORECASE)
# Hard negatives: a count of people with no event of the kinds ("employs 200 people", "lay off 6,650 employees").
PEOPLE_RE = re.compile(r"\b(?:people|persons|residents|civilians|children|workers|passengers|employees|staff|"
                       r"population|men|women)\b", re.IGNORECASE)
DIGIT_RE = re.compile(r"\d")
NEGATIVES = 60
SEED = 15


def sentence_id(index, text):
    return f"{index:03d}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"


def selection(sentences):
    """(id, text, reason) for every selected sentence, in the order of NewsQuant.json."""
    texts = [s["text"] for s in sentences]
    reason = {}
    for i, t in enumerate(texts):
        if KIND_RE.search(t):
            reason[i] = "word"
        elif PEOPLE_RE.search(t) and DIGIT_RE.search(t):
            reason[i] = "people"
    others = sorted(set(range(len(texts))) - set(reason))
    reason.update((i, "random") for i in random.Random(SEED).sample(others, NEGATIVES))
    return [(sentence_id(i, texts[i]), texts[i], reason[i]) for i in sorted(reason)]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for sid, text, reason in selection(json.load(open(sys.argv[1], encoding="utf-8"))):
        print(f"{sid}\t{reason}\t{text}")
