package newswire.extract;

import java.util.List;
import java.util.Set;
import newswire.model.Quantity;

/**
 * The people whom "and N others" counts besides: "killed the ambassador and three others" is a toll of four, "the
 * mayor, his wife and two others" one of four. Each of them is a phrase of one person (or of two: "the couple")
 * right before "and", or before the commas of a list that ends there.
 */
final class PeopleBesideOthers {

    /** The most words of one person's phrase before "and N others": "the deputy ambassador", "her eldest son". */
    private static final int ONE_PERSON_WORDS = 4;
    /** The most capitalised words of a name: "Lt. Col. James Harris" ends in its last two. */
    private static final int NAME_WORDS = 4;
    /** The most phrases of a list before "and N others" ("the judge, his clerk, a guard and two others"). */
    private static final int LIST_ITEMS = 8;
    /** How far back a verb of the phrase's own clause is looked for: "a sniper on the roof killed a guard and". */
    private static final int CLAUSE_WORDS = 12;
    /** The most words of a modifier set off by commas after the one person: ", who had driven the bus for years,". */
    private static final int MODIFIER_WORDS = 10;

    /** Where the phrases of the people named before "and N others" open, and how many people they name. */
    record Besides(int first, long people) {
    }

    /** Where the phrase of the one person named after "N others and" ends, and how many people it names. */
    record Beyond(int last, long people) {
    }

    private final Lexicon lexicon;
    private final PluralNouns plurals;
    private final Set<String> ellipticFollowers;
    private final Set<String> ellipticHeads;
    /** Things, quantities ("the rest", "a number") and events ("the bombing"): heads of no person's phrase. */
    private final Set<String> nonPersons;
    /** Singular finite auxiliaries: "two others and a teenager was killed" are two clauses. */
    private final Set<String> singularAuxiliaries;
    private final Set<String> collectives;
    private final Set<String> pairs;
    private final Set<String> onePersonPronouns;
    private final Set<String> determiners;
    private final Set<String> prepositions;
    /** Words that open a relative clause on a person: "the driver, who was 40, and two others". */
    private final Set<String> relatives;
    /** Words before an age: "a policeman, aged 35, and four others". */
    private final Set<String> ageWords;
    /** Capitalised words that date, not name: "killed a soldier Tuesday and two others Wednesday". */
    private final Set<String> calendarWords;
    /**
     * Words after which a phrase is no verb's object: "and", "that", "said", "in" (`unit-stop`), "told" (`report`), "of"
     * (the prepositions).
     */
    private final Set<String> clauseOpeners;
    /** Words that open a clause of their own before its subject: "after", "while", "when" ("After treating 40 patients,"). */
    private final Set<String> subordinators;
    /** Words of time that may end a phrase: "killed a guard and two more yesterday". */
    private final Set<String> timeWords;
    private final Set<String> oneMore;
    private final DoerNouns doers;

    PeopleBesideOthers(final Lexicon lexicon, final PluralNouns plurals) {
        this.lexicon = lexicon;
        this.plurals = plurals;
        this.ellipticFollowers = lexicon.words("elliptic", "after");
        this.ellipticHeads = lexicon.words("noun-phrase", "elliptic-head");
        this.nonPersons = lexicon.words("non-person", "words");
        this.nonPersons.addAll(lexicon.words("non-person", "abstract"));
        this.nonPersons.addAll(lexicon.words("noun-phrase", "quantity-head"));
        this.nonPersons.addAll(lexicon.words("noun-phrase", "event-head"));
        this.singularAuxiliaries = lexicon.words("noun-phrase", "singular-aux");
        this.collectives = lexicon.words("noun-phrase", "collective");
        this.pairs = lexicon.words("noun-phrase", "pair");
        this.onePersonPronouns = lexicon.words("noun-phrase", "one-person");
        this.doers = new DoerNouns(lexicon);
        this.determiners = lexicon.words("predicate", "object-start");
        this.prepositions = lexicon.words("noun-phrase", "preposition");
        this.relatives = lexicon.words("noun-phrase", "relative");
        this.ageWords = lexicon.words("measure", "age");
        this.calendarWords = lexicon.words("measure", "month");
        this.calendarWords.addAll(lexicon.words("measure", "weekday"));
        this.clauseOpeners = lexicon.words("unit-stop", "words");
        this.clauseOpeners.addAll(lexicon.words("report", "verb"));
        this.clauseOpeners.addAll(prepositions);
        this.subordinators = lexicon.words("clause", "subordinator");
        this.timeWords = lexicon.words("measure", "time-adverb");
        this.timeWords.addAll(calendarWords);
        this.oneMore = lexicon.words("more-of", "before");
    }

    /**
     * The people named before {@code mention} when it counts "others" after "and", or null. A list with a comma before
     * "and" ("the mayor, his wife, and two others") names two people at least. No one is named besides when the
     * phrase before "and" is the object of a verb of its own clause while the others have their own verb ("a gunman
     * shot a guard and three others were hurt"), or when the word before that phrase is no place for it to open.
     */
    Besides before(final List<Token> tokens, final List<NamedSpan> named, final List<QuantityMention> mentions,
                   final QuantityMention mention, final Counted unit) {
        final int and = mention.first() - 1;
        final int after = mention.last() + 1;
        // "injured another man and a woman": a person counted by the article alone after one named is counted beside
        // that one as "others" are, two in all, not one; a noun the lexicon does not know is a person here only when
        // capitalised, a people's name ("another Tamil and a Sikh"), or a doer's noun ("a clerk and a customer"), not
        // "a soldier and a mule"
        final boolean onePersonAfter = mention.singular() && unit.first() == after
                && (Counted.PERSON.equals(unit.unitClass())
                || Counted.NOUN.equals(unit.unitClass()) && namesPerson(tokens.get(after)));
        if (and < 1 || after >= tokens.size() || !tokens.get(and).norm().equals("and")
                || !ellipticFollowers.contains(tokens.get(after).norm())
                && !ellipticHeads.contains(tokens.get(after).norm()) && !onePersonAfter) {
            return null;
        }
        final int modifier = tokens.get(and - 1).text().equals(",") ? modifierOpening(tokens, and - 1) : -1;
        final boolean serialComma = modifier < 0 && tokens.get(and - 1).text().equals(",");
        final int lastEnd = modifier >= 0 ? modifier - 1 : serialComma ? and - 2 : and - 1;
        final Besides nearest = phraseEndingAt(tokens, named, lastEnd);
        final Besides last = nearest != null ? nearest : ownerOfObjectEndingAt(tokens, named, lastEnd);
        if (last == null || isObjectOfOwnClause(tokens, last.first(), unit)) {
            return null;
        }
        int first = last.first();
        long people = last.people();
        // a serial comma needs a phrase of one person before it: a counted item alone leaves the comma an aside's ("12
        // civilians, an army statement said, and 30 others")
        boolean onePersonListed = false;
        for (int items = 1; items < LIST_ITEMS && first >= 2 && tokens.get(first - 1).text().equals(","); items++) {
            final Besides person = phraseEndingAt(tokens, named, first - 2);
            final Besides item = person != null ? person : countedPeopleEndingAt(tokens, mentions, first - 2);
            if (item == null || person == null && isObjectOfOwnClause(tokens, phraseOpening(tokens, item.first()), unit)) {
                // "After treating 40 patients, a nurse and two others were hurt": the count is another clause's object
                break;
            }
            onePersonListed |= person != null;
            people += item.people();
            first = item.first();
        }
        return serialComma && !onePersonListed ? null : new Besides(first, people);
    }

    /** Whether a word the lexicon does not know names a person: a people's name, capitalised, or a doer's noun. */
    private boolean namesPerson(final Token word) {
        return Character.isUpperCase(word.text().charAt(0)) || doers.isDoer(word);
    }

    /**
     * The one person named right after "N others and" or "N other X and", or null: "three others and a guard were hurt"
     * is a toll of four, "two other people and the driver died" one of three, "ten others and the son of the mayor" one
     * of eleven (an "of" phrase after the head completes it: the mayor is no one counted). The phrase is a determiner or
     * an article and at most {@link #ONE_PERSON_WORDS} words, or a name, whose head is neither a plural, a group, a
     * thing, a quantity ("the rest of the passengers") nor a verb, and which ends its noun phrase. A singular finite
     * auxiliary after it ("two others and a teenager was killed") makes the person the subject of a clause of its own,
     * and so does any verb after it when the others are the object of a verb before them ({@code object}: "shot two
     * others and a nurse died", see {@link EnglishClauses#isObjectOfVerbBefore}).
     */
    Beyond after(final List<Token> tokens, final List<NamedSpan> named, final QuantityMention mention,
                 final Counted unit, final boolean object) {
        final int next = mention.last() + 1;
        final int and = unit.last() + 1;
        if (next >= tokens.size() || !tokens.get(next).norm().equals("others")
                && !ellipticHeads.contains(tokens.get(next).norm())
                || and + 1 >= tokens.size() || !tokens.get(and).norm().equals("and")) {
            return null;
        }
        final Beyond person = phraseStartingAt(tokens, named, and + 1);
        if (person == null) {
            return null;
        }
        final int end = person.last();
        final int whole = end + 2 < tokens.size() && tokens.get(end + 1).norm().equals("of")
                ? phraseEnd(tokens, end + 2, true) : -1;
        final int last = Math.max(whole, end);
        final boolean ends = last + 1 >= tokens.size() || tokens.get(last + 1).type() != Token.Type.WORD
                || hasVerbAt(tokens, last + 1)
                || clauseOpeners.contains(tokens.get(last + 1).norm()) && !tokens.get(last + 1).norm().equals("and");
        final boolean ownClause = last + 1 < tokens.size() && (singularAuxiliaries.contains(tokens.get(last + 1).norm())
                || object && hasVerbAt(tokens, last + 1));
        return ends && !ownClause ? new Beyond(last, person.people()) : null;
    }

    /**
     * Whether the person named after the others is the subject of a clause of its own: the others are the object of a
     * verb before them in their clause, and a verb follows the person ("wounded two others and a guard was killed").
     */
    boolean isOwnSubject(final List<Token> tokens, final QuantityMention mention, final Beyond person,
                         final Lexicon.Cue verb) {
        if (verb == null || verb.last() >= mention.first() || person.last() + 1 >= tokens.size()
                || !hasVerbAt(tokens, person.last() + 1)) {
            return false;
        }
        for (int k = verb.last() + 1; k < mention.first(); k++) {
            if (tokens.get(k).isPunct()) {
                return false; // "A ranger was killed, 3 others and a porter wounded": another clause's verb
            }
        }
        return true;
    }

    /**
     * The phrase of one person (or a pair) that opens at {@code first}, or null: a name, or a determiner or an article
     * and words whose head is neither a plural, a group, a thing, a quantity, a verb nor a number.
     */
    private Beyond phraseStartingAt(final List<Token> tokens, final List<NamedSpan> named, final int first) {
        final int end = phraseEnd(tokens, first, false);
        if (end < 0) {
            return null;
        }
        if (!isDetermined(tokens.get(first))) {
            return isName(tokens, named, first, end) ? new Beyond(end, 1) : null;
        }
        final Token head = tokens.get(end);
        if (end == first || plurals.isPlural(head) || nonPersons.contains(head.norm())
                || collectives.contains(head.norm()) && !pairs.contains(head.norm())
                || lexicon.at(tokens, end, "verb").isPresent() || lexicon.isNumberAt(tokens, end)) {
            return null;
        }
        return new Beyond(end, pairs.contains(head.norm()) ? 2 : 1);
    }

    /**
     * Where a noun phrase opening at {@code first} ends, or -1 if none opens there: a determiner or an article and at
     * most {@link #ONE_PERSON_WORDS} words, or capitalised words of a name, up to the word before a clause's opener, a
     * verb or a punctuation mark. A place's name may go on in lower case ("of Kandahar province") when it is an "of"
     * phrase's object ({@code object}).
     */
    private int phraseEnd(final List<Token> tokens, final int first, final boolean object) {
        final boolean determined = isDetermined(tokens.get(first));
        if (!determined && !tokens.get(first).isCapitalised()) {
            return -1;
        }
        int end = first;
        while (end + 1 < tokens.size() && end + 1 - first < (determined ? ONE_PERSON_WORDS : NAME_WORDS)
                && tokens.get(end + 1).type() == Token.Type.WORD && !clauseOpeners.contains(tokens.get(end + 1).norm())
                && !hasVerbAt(tokens, end + 1) && (determined || object || tokens.get(end + 1).isCapitalised())) {
            end++;
        }
        return end;
    }

    /** A determiner, an article, or a word of one more person ("another guard": lexicon {@code more-of before}). */
    private boolean isDetermined(final Token token) {
        return determiners.contains(token.norm()) || token.isIndefiniteArticle() || oneMore.contains(token.norm());
    }

    /**
     * A counted phrase of people that ends at {@code end} as an item of the list before "and N others", or null: "two
     * guards, a driver and three others" are six. Its number is exact, and its words up to a plural head are neither a
     * verb, a thing nor a group ("two cars, a driver and three others" lists no people before the driver).
     */
    private Besides countedPeopleEndingAt(final List<Token> tokens, final List<QuantityMention> mentions,
                                          final int end) {
        if (end < 1 || !plurals.isPlural(tokens.get(end)) || collectives.contains(tokens.get(end).norm())) {
            return null;
        }
        for (final QuantityMention counted : mentions) {
            final Quantity quantity = counted.quantity();
            if (counted.last() >= end || counted.last() < end - ONE_PERSON_WORDS || quantity.value() == null
                    || quantity.low() != null || quantity.high() != null || quantity.approximate()) {
                continue;
            }
            for (int k = counted.last() + 1; k <= end; k++) {
                final Token word = tokens.get(k);
                if (word.type() != Token.Type.WORD || nonPersons.contains(word.norm())
                        || lexicon.at(tokens, k, "verb").isPresent()) {
                    return null;
                }
            }
            return opensPhrase(tokens, counted.first()) ? new Besides(counted.first(), quantity.value()) : null;
        }
        return null;
    }

    /**
     * What a bare number counts before "more" after a phrase of one person and "and", or null: "killed a guard and
     * five more" counts people, as "and five others" does ("destroyed a tank and five more" counts no one). "More"
     * must end its noun phrase: "killed a shepherd and two more sheep" counts sheep, and "killed a militant and two
     * more escaped" no one (a word that is neither a verb of the lexicon nor a clause's opener may be a noun).
     */
    Counted moreBeside(final List<Token> tokens, final List<NamedSpan> named, final QuantityMention mention) {
        final int and = mention.first() - 1;
        final int more = mention.last() + 1;
        if (and < 1 || more >= tokens.size() || !tokens.get(and).norm().equals("and")
                || !ellipticFollowers.contains(tokens.get(more).norm()) || !endsNounPhrase(tokens, more)) {
            return null;
        }
        return phraseEndingAt(tokens, named, and - 1) == null ? null
                : new Counted(Counted.PERSON, tokens.get(more).text(), more, more, more);
    }

    /**
     * Whether the word at {@code last} ends its noun phrase: the sentence or a punctuation mark, a preposition, a clause
     * opener, a verb or a word of time follows it, not a noun or an adjective it modifies ("two more cows").
     */
    private boolean endsNounPhrase(final List<Token> tokens, final int last) {
        final int next = last + 1;
        if (next >= tokens.size() || tokens.get(next).type() != Token.Type.WORD) {
            return true;
        }
        final String word = tokens.get(next).norm();
        return clauseOpeners.contains(word) || timeWords.contains(word) || hasVerbAt(tokens, next);
    }

    /** Whether a verb opens at {@code i}: an auxiliary ("were killed") or a verb of the lexicon ("fled"). */
    private boolean hasVerbAt(final List<Token> tokens, final int i) {
        return lexicon.at(tokens, i, "elliptic").filter(aux -> "aux".equals(aux.key())).isPresent()
                || lexicon.at(tokens, i, "verb").isPresent();
    }

    /** Where a phrase opening at {@code first} opens with its determiner: "the two patients". */
    private int phraseOpening(final List<Token> tokens, final int first) {
        return first > 0 && isDetermined(tokens.get(first - 1)) ? first - 1 : first;
    }

    /**
     * The comma that opens a modifier of the person before it, closed by the comma at {@code close}, or -1: an age
     * ("the headman, 62, and three others", ", aged 35,") or a relative clause (", who was driving,"). Such a modifier
     * is no item of a list, so the phrase before it is the one person beside the others.
     */
    private int modifierOpening(final List<Token> tokens, final int close) {
        for (int k = close - 1; k >= Math.max(1, close - MODIFIER_WORDS - 1); k--) {
            if (!tokens.get(k).text().equals(",")) {
                continue;
            }
            final int from = k + 1;
            final boolean age = close - from == 1 && tokens.get(from).isNumber()
                    || close - from == 2 && ageWords.contains(tokens.get(from).norm()) && tokens.get(from + 1).isNumber();
            return age || close - from > 1 && relatives.contains(tokens.get(from).norm()) ? k : -1;
        }
        return -1;
    }

    /**
     * The phrase of one person (or a pair) that ends at {@code end}, or null: a pronoun of one person ("himself and
     * three others"); a name; or a determiner or an article and at most {@link #ONE_PERSON_WORDS} words whose head is
     * neither a plural, a group, a thing, a quantity, an event nor a verb ("the guards", "the family", "the house",
     * "the bombing", "was killed and").
     */
    private Besides phraseEndingAt(final List<Token> tokens, final List<NamedSpan> named, final int end) {
        if (end < 0) {
            return null;
        }
        final Token head = tokens.get(end);
        if (head.type() != Token.Type.WORD || lexicon.at(tokens, end, "verb").isPresent()
                || nonPersons.contains(head.norm())) {
            return null;
        }
        if (onePersonPronouns.contains(head.norm())) {
            return new Besides(end, 1);
        }
        if (head.isCapitalised()) {
            int first = end;
            while (first > Math.max(0, end - NAME_WORDS + 1) && tokens.get(first - 1).isCapitalised()
                    && !opensNoPhrase(tokens.get(first - 1))) {
                first--;
            }
            if (isName(tokens, named, first, end)) {
                // "another Malay and a Chinese": a determiner before a people's name opens the phrase
                final int opening = first > 0 && isDetermined(tokens.get(first - 1)) ? first - 1 : first;
                return opensPhrase(tokens, opening) ? new Besides(opening, 1) : ownerOf(tokens, named, opening);
            }
        }
        if (plurals.isPlural(head) || collectives.contains(head.norm()) && !pairs.contains(head.norm())) {
            return null;
        }
        for (int k = end - 1; k >= Math.max(0, end - ONE_PERSON_WORDS + 1); k--) {
            final Token word = tokens.get(k);
            if (isDetermined(word)) {
                return opensPhrase(tokens, k) ? new Besides(k, pairs.contains(head.norm()) ? 2 : 1)
                        : ownerOf(tokens, named, k);
            }
            if (word.type() != Token.Type.WORD || lexicon.at(tokens, k, "verb").isPresent()) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether capitalised words are a person's name. A capital mid-sentence marks a name in English, but a sentence
     * opens on a capital whatever its word ("Soldiers and three others"), so a first word alone is no name; nor is a
     * noun of the lexicon ("4 Marines"), nor a place, an organisation or a people of the gazetteer ("Palestinians") at
     * its end (before a name it is a title's: "the Kenyan minister Paul Otieno").
     */
    private boolean isName(final List<Token> tokens, final List<NamedSpan> named, final int first, final int end) {
        return !(first == 0 && end == 0) && lexicon.endingAt(tokens, end, "unit").isEmpty()
                && tokens.subList(first, end + 1).stream().noneMatch(word -> calendarWords.contains(word.norm()))
                && NamedSpan.between(named, Math.max(0, first - 1), end + 1).stream()
                .noneMatch(name -> name.first() <= end && name.last() >= end);
    }

    /**
     * The person whose title or relation an "of" phrase opening at {@code first} completes, or null: "the son of the
     * mayor and ten others" names one person, the son; the mayor is no one counted. The phrase before "of" must be one
     * person's itself ("the bombing of the embassy", "members of the family" are not).
     */
    private Besides ownerOf(final List<Token> tokens, final List<NamedSpan> named, final int first) {
        return first >= 2 && tokens.get(first - 1).norm().equals("of") ? phraseEndingAt(tokens, named, first - 2) : null;
    }

    /**
     * The person whose "of" phrase ends at {@code end} when that phrase names no one person itself, or null: "the driver
     * of the bus and two others", "the leader of the rebels and four others" name one person each.
     */
    private Besides ownerOfObjectEndingAt(final List<Token> tokens, final List<NamedSpan> named, final int end) {
        for (int k = end; k >= Math.max(0, end - ONE_PERSON_WORDS + 1); k--) {
            final Token word = tokens.get(k);
            if (isDetermined(word)) {
                return ownerOf(tokens, named, k);
            }
            if (word.type() != Token.Type.WORD || lexicon.at(tokens, k, "verb").isPresent()) {
                return null;
            }
        }
        return null;
    }

    /** Whether a phrase may open at {@code first}: not after a preposition ("died at the scene and") or a number. */
    private boolean opensPhrase(final List<Token> tokens, final int first) {
        return first == 0 || !prepositions.contains(tokens.get(first - 1).norm())
                && !lexicon.isNumberAt(tokens, first - 1);
    }

    private boolean opensNoPhrase(final Token token) {
        return prepositions.contains(token.norm()) || isDetermined(token);
    }

    /**
     * Whether the phrase opening at {@code first} follows a verb in its clause while the counted others have a verb of
     * their own after them: two clauses joined by "and", the phrase the first one's object. The verb is one of the
     * lexicon's, or any lower-case word right before the phrase that cannot open a clause ("shot a guard and three
     * others were hurt": most verbs that hurt are no casualty verb of the lexicon, and a subject rarely follows a
     * lower-case word other than "and", "that", "said" or a preposition), or the clause opens on a subordinator
     * further back ("As the army moved 40 villagers, a soldier and two others died": "moved" is no verb of the lexicon).
     */
    private boolean isObjectOfOwnClause(final List<Token> tokens, final int first, final Counted unit) {
        final int next = unit.last() + 1;
        if (next >= tokens.size() || !hasVerbAt(tokens, next) || tokens.get(next).norm().endsWith("ing")) {
            return false; // a participle modifies the others: "killed a guard and two others fleeing the scene"
        }
        final Token before = first > 0 ? tokens.get(first - 1) : null;
        if (before != null && before.type() == Token.Type.WORD && !before.isCapitalised()
                && !clauseOpeners.contains(before.norm())) {
            return true;
        }
        for (int k = first - 1; k >= Math.max(0, first - CLAUSE_WORDS) && !tokens.get(k).isPunct(); k--) {
            if (lexicon.at(tokens, k, "verb").isPresent() || k < first - 1 && subordinators.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
