package newswire.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a Korean count counts, for {@link CountedNounFinder}: the noun near its counter in the count's own phrase,
 * bounded by the case particles that close a phrase, and whether the count is the whole of a partitive (11명 중 9명).
 */
final class KoreanNouns {

    /** The class of the Korean counter 개, which counts things of any sort (lexicon {@code counter thing}). */
    private static final String THING = "thing";
    /** The class of the Korean counters 대, 기, 척 of vehicles and machines (lexicon {@code counter machine}). */
    private static final String MACHINE = "machine";
    /** The unit classes a Korean counter of rounds or machines may count: munitions and platforms (전차, 전투기). */
    private static final Set<String> WEAPON_UNITS = Set.of("weapons", "platform");
    /** The class of the Korean counter 구, which counts bodies (lexicon {@code counter remains}). */
    private static final String REMAINS = "remains";
    /** How many words of the part may stand between 중 and its count ("28명 중 재판 개정 이후 피고인 2명이"). */
    private static final int PARTITIVE_REACH = 5;

    private final Lexicon lexicon;
    private final int unitWindow;
    private final Set<String> koreanPartitives;
    private final Set<String> koreanCaseMarks;
    private final Set<String> koreanGenitives;
    private final Set<String> koreanObliqueMarks;
    private final Set<String> koreanCoreMarks;
    private final Set<String> koreanObjectMarks;
    private final Set<String> koreanComplementMarks;
    private final Set<String> koreanCopulas;
    private final Set<String> relatives;

    KoreanNouns(final Lexicon lexicon, final ExtractOptions options) {
        this.lexicon = lexicon;
        this.unitWindow = options.unitWindow();
        this.koreanPartitives = lexicon.words("partitive", "ko");
        this.koreanCaseMarks = lexicon.words("particle", "case-ko");
        this.koreanGenitives = lexicon.words("particle", "genitive-ko");
        this.koreanObliqueMarks = lexicon.words("particle", "oblique-ko");
        this.koreanCoreMarks = lexicon.words("particle", "core-ko");
        this.koreanObjectMarks = lexicon.words("particle", "object-ko");
        this.koreanComplementMarks = lexicon.words("particle", "complement-ko");
        this.koreanCopulas = lexicon.words("particle", "copula-ko");
        this.relatives = lexicon.words("noun", "relatives-ko");
    }

    /**
     * Korean counts people with 명 and names them nearby, in its own phrase: "북한군 1500명", "1만2000명 규모의 병력", "46명의
     * 사망자". A noun after the count is its noun only when no case particle ends the count's phrase ("102명이 부상했으며
     * 희생자 대부분은": the victims are another phrase's); no noun across punctuation or another number counts it ("사망자
     * 수는 187명에 이르렀고, 적어도 300명이"), nor one before a word that a case closes ("사람들 사이로 … 시신 2구") or after
     * one that a core case closes ("3명의 아프간 경찰이 … 더 많은 부상자가"), nor one before relatives, who are what
     * is counted ("인질 가족 40명": lexicon {@code noun relatives-ko}), nor one after a copula, which makes the
     * count the predicate of the topic before it ("승선자는 총 3542명이고 이중 사망자는"); 구 counts
     * bodies whatever noun is near. 개 counts things of any sort: a weapon only when one is named right beside it;
     * 대, 기 and 척 count machines: a weapon only when one is named near.
     */
    Counted koreanUnit(final Sentence sentence, final QuantityMention mention) {
        final List<Token> tokens = sentence.tokens();
        final boolean thing = THING.equals(mention.counter());
        final boolean machine = MACHINE.equals(mention.counter());
        final boolean weapons = thing || machine || "weapons".equals(mention.counter());
        final int reach = thing ? 1 : REMAINS.equals(mention.counter()) ? 0 : unitWindow;
        final Lexicon.Cue complement = weapons ? null : koreanComplement(tokens, mention.last());
        if (complement != null) {
            return new Counted(complement.key(), complement.phrase(), complement.first(), complement.last(),
                    mention.last() + 1);
        }
        Lexicon.Cue best = koreanUnitNear(tokens, mention.first() - 1, -1, reach, weapons);
        final String count = tokens.get(mention.last()).text();
        if (!KoreanClauses.endsWithAny(count, koreanCaseMarks) && !KoreanClauses.endsWithAny(count, koreanCopulas)) {
            final Lexicon.Cue after = koreanUnitNear(tokens, mention.last() + 1, 1, reach, weapons);
            // "10명의 부상자와 2명의 사망자": a genitive count modifies the noun after it, whatever noun is as near before
            if (after != null && (best == null || after.first() - mention.last() < mention.first() - best.last()
                    || KoreanClauses.endsWithAny(count, koreanGenitives))) {
                best = after;
            }
        }
        if (best == null) {
            return thing || machine ? null
                    : new Counted(mention.counter(), null, mention.last(), mention.last(), mention.last());
        }
        return new Counted(best.key(), best.phrase(), best.first(), best.last(), mention.last() + 1);
    }

    /**
     * The noun an object count is counted as, right after it with 으로/로 ("총 4934명을 희생자로 확인했다": victims;
     * lexicon {@code particle complement-ko}), or null.
     */
    private Lexicon.Cue koreanComplement(final List<Token> tokens, final int last) {
        final int next = last + 1;
        if (next >= tokens.size() || !tokens.get(next).isHangul()
                || !KoreanClauses.endsWithAny(tokens.get(last).text(), koreanObjectMarks)
                || !KoreanClauses.endsWithAny(tokens.get(next).text(), koreanComplementMarks)) {
            return null;
        }
        return lexicon.at(tokens, next, "unit").filter(cue -> cue.last() == next).orElse(null);
    }

    /** The nearest Korean unit of the count's sort from token {@code start} on in {@code step}'s direction, or null. */
    private Lexicon.Cue koreanUnitNear(final List<Token> tokens, final int start, final int step, final int reach,
                                       final boolean weapons) {
        for (int j = start, n = 0; j >= 0 && j < tokens.size() && n < reach; j += step, n++) {
            final Token token = tokens.get(j);
            if (token.isPunct() || token.isNumber() || step > 0 && koreanPartitives.contains(token.norm())) {
                return null; // "직원 3만 명 가운데 사망자는": a noun after 중 or 가운데 is the part's
            }
            final Optional<Lexicon.Cue> cue = token.isHangul() ? lexicon.at(tokens, j, "unit") : Optional.empty();
            if (cue.isPresent() && step < 0 && j < start
                    && (KoreanClauses.endsWithAny(token.text(), koreanObjectMarks)
                    || KoreanClauses.endsWithAny(token.text(), koreanGenitives))) {
                // "부상자를 포함한 참가자 4명": a noun another verb takes as its object is not the count's, nor one that
                // modifies the noun after it ("군인의 유가족 5명": the bereaved, not soldiers)
                return null;
            }
            if (cue.isPresent() && weapons == WEAPON_UNITS.contains(cue.get().key())) {
                return cue.get();
            }
            if (step < 0 && token.isHangul() && KoreanClauses.endsWithAny(token.text(), relatives)) {
                return null; // "피랍자 가족 40명": the family is counted, not the abducted
            }
            if (step < 0 && KoreanClauses.endsWithAny(token.text(), koreanObliqueMarks)
                    || step > 0 && token.isHangul() && KoreanClauses.endsWithAny(token.text(), koreanCoreMarks)) {
                return null; // "3명의 아프간 경찰이 … 사망하고 더 많은 부상자가": the phrase ends at its case
            }
        }
        return null;
    }

    /**
     * Whether a Korean count is the whole of the count right after it ("11명 중 9명이 사망했고", "승객 7명 가운데 3명이"): the
     * whole comes first in Korean, with 중 or 가운데 (lexicon {@code partitive ko}) between the two, and the part's own
     * words may stand before it in the same phrase ("28명 중 재판 개정 이후 피고인 2명이 사망하고"), and its own parts in
     * brackets after it ("181명(승무원 6명·승객 175명) 중 179명이").
     */
    boolean isKoreanPartitiveWhole(final List<Token> tokens, final QuantityMention mention,
                                   final QuantityMention next) {
        final int at = afterAside(tokens, mention.last() + 1);
        if (mention.counter() == null || next == null || next.first() <= at
                || next.first() > at + 1 + PARTITIVE_REACH || !koreanPartitives.contains(tokens.get(at).norm())) {
            return false;
        }
        for (int k = at + 1; k < next.first(); k++) {
            if (!tokens.get(k).isHangul() || KoreanClauses.endsWithAny(tokens.get(k).text(), koreanCoreMarks)) {
                return false; // a comma, a number or a clause's own subject or object: the part is another phrase's
            }
        }
        return true;
    }

    /**
     * Whether a Korean count is the whole of a part no number counts: 중 or 가운데 right after it ("승객 200명 중 일부가
     * 다쳤다", "직원 3만 명 가운데 사망자는 1명이었다"), a word of the part after that. What befell the part did not befall
     * the whole; a whole named by a noun of the dead or hurt stays their toll (ClaimExtractor's named toll).
     */
    boolean isKoreanWholeOfUncounted(final List<Token> tokens, final QuantityMention mention) {
        final int at = afterAside(tokens, mention.last() + 1);
        return mention.counter() != null && tokens.get(mention.last()).isHangul() && at + 1 < tokens.size()
                && koreanPartitives.contains(tokens.get(at).norm()) && tokens.get(at + 1).isHangul();
    }

    /** The token after a bracketed aside that opens at {@code at} ("181명(승무원 6명·승객 175명) 중"), or {@code at}. */
    private static int afterAside(final List<Token> tokens, final int at) {
        if (at >= tokens.size() || !tokens.get(at).text().equals("(")) {
            return at;
        }
        for (int k = at + 1; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(")")) {
                return k + 1;
            }
        }
        return at;
    }
}
