#!/usr/bin/env python3
"""Lists the re3d sentences to read for troops, captured, displaced and weapons labels: every sentence with a number
(digits or a number word, "a dozen", "hundreds") within WINDOW words of a word of one of those kinds.

usage: candidates_kinds.py DOCS_DIR > candidates-kinds.txt   (DOCS_DIR: OUT/docs that build.py wrote)
prints "[n] FILE kinds: sentence" per candidate (the killed/wounded candidates, candidates.txt, were listed the
same way).
"""
import os, re, sys

KIND_WORDS = {
    "troops": r"troops?|soldiers?|servicem[ae]n|marines?|personnel|forces?|fighters?|militants?|"
              r"militia\w*|army|armies|battalions?|brigades?|divisions?|regiments?|units?|reservists?|recruits?|"
              r"deploy\w*|sent|dispatch\w*|contingents?|advisers?|advisors?|insurgents?|rebels?|guerrill\w*|"
              r"police|policemen|officers?|commandos?|paratroopers?|infantry|men|airmen|sailors|guardsmen|staff|"
              r"trainers?",
    "captured": r"captur\w*|hostages?|prisoners?|POWs?|abduct\w*|kidnap\w*|detain\w*|detainees?|detention|"
                r"arrest\w*|seized|captives?|custody|surrender\w*|held|taken",
    "displaced": r"displac\w*|refugees?|fled|flee\w*|evacuat\w*|asylum|homeless|IDPs?|exodus|camps?|"
                 r"shelter\w*|uprooted|evacuees|returnees|returned",
    "weapons": r"rockets?|missiles?|shells?|shelling|drones?|UAVs?|artillery|bombs?|bombing|mortars?|munitions?|"
               r"weapons?|warheads?|rounds|fired|launch\w*|grenades?|guns?|rifles?|IEDs?|explosives?|airstrikes?|"
               r"strikes?|sorties|tanks?|aircraft|jets?|helicopters?|vehicles?|"
               r"mines?|ammunition|arms|delivered|supplied|VBIEDs?",
}
UNITS = r"one|two|three|four|five|six|seven|eight|nine"
TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (rf"\d[\d,.]*|(?:{TENS})(?:-(?:{UNITS}))?|{UNITS}|ten|eleven|twelve|\w+teen|hundreds?|thousands?|"
          r"millions?|billions?|dozens?|scores|tens|several|single|both|pair")
WINDOW = 12
WORD = re.compile(r"[\w'’-]+|\d[\d,.]*")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])|\n+")
ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Capt|Lt|Gen|Col|Sgt|Spc|Maj|Cmdr|Adm|"
                          r"Mr|Mrs|Dr|St|No|U\.S)\.$")


def sentences(text):
    """Sentences of a document; a break after an abbreviation ("Dec. 5", "Capt. Davis") is no sentence end."""
    out = []
    for piece in SENTENCE.split(text):
        if out and ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def kinds_near_number(sentence):
    words = WORD.findall(sentence)
    numbers = [i for i, w in enumerate(words) if re.fullmatch(NUMBER, w, re.IGNORECASE)]
    found = set()
    for kind, pattern in KIND_WORDS.items():
        for i, w in enumerate(words):
            if re.fullmatch(pattern, w, re.IGNORECASE) and any(abs(i - n) <= WINDOW for n in numbers):
                found.add(kind)
    return sorted(found)


def main(docs):
    n = 0
    for name in sorted(os.listdir(docs)):
        # a line that goes on in lower case continues the sentence of the line before (stray breaks in the texts)
        text = re.sub(r"\s*\n\s*(?=[a-z])", " ", open(os.path.join(docs, name), encoding="utf-8").read())
        for sentence in sentences(text):
            kinds = kinds_near_number(sentence.strip())
            if kinds:
                print(f"[{n}] {name} {','.join(kinds)}: {' '.join(sentence.split())}")
                n += 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
