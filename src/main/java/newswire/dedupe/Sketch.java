package newswire.dedupe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What the dedupe keeps of a story to compare it with later ones: a sample of its word shingles, how many distinct
 * shingles it has, and the words that name its facts (dates, figures, places, people: words with a digit, capitalised
 * words that do not open a sentence), each with the words around it.
 *
 * <p>The sample is the {@value #SAMPLE} least shingle hashes (a bottom-k sketch): a uniform sample of the story's
 * shingles, the whole set for a story of at most {@value #SAMPLE}. Two samples compared below the lower of their
 * highest values estimate how much of one story the other contains, exactly for short stories, where a MinHash
 * signature's Jaccard estimate, turned into containment, was too noisy to link a short note to a copy twice its length.
 *
 * <p>Facts are kept apart because two reports of different events written from one template share most of their
 * shingles and differ mainly in them: another day, another village, another toll. They are read only in sentences of
 * at least {@value #STORY_SENTENCE_WORDS} words (in every sentence if none is that long), so the names of a headline,
 * a byline or the page's chrome ("Posted by Staff Writer", "Photo: Metro Wire") do not count as the story's.
 *
 * @param shingleCount the number of distinct shingles (0 for a text without words)
 * @param sample       the least {@value #SAMPLE} distinct shingle hashes, ascending
 * @param facts        the hashes of the distinct naming words, ascending, at most {@value #MAX_FACTS} (the least: a
 *                     sample that two sketches compare below the lower of their highest values)
 * @param contexts     for each fact, where it stands: a hash of the two words before it (high 16 bits) and of the two
 *                     after it (low 16 bits), 0 where there are none
 */
public record Sketch(int shingleCount, int[] sample, int[] facts, int[] contexts) {

    public static final int SAMPLE = 64;
    static final int MAX_FACTS = 64;
    static final int STORY_SENTENCE_WORDS = 6;
    /** The first byte of {@link #bytes()}: the layout, so that a later one can be told apart. */
    private static final byte LAYOUT = 1;
    private static final int NO_CONTEXT = 0;

    public Sketch {
        if (sample.length > SAMPLE || facts.length > MAX_FACTS || contexts.length != facts.length) {
            throw new IllegalArgumentException("a sketch holds at most " + SAMPLE + " shingles and " + MAX_FACTS
                    + " facts with one context each, not " + sample.length + ", " + facts.length + " and "
                    + contexts.length);
        }
    }

    /** The sketch of a story's text (its paragraphs, without the title, which a republication often changes). */
    public static Sketch of(final String text) {
        final Words.Hashed words = Words.of(text);
        final long[] shingles = Shingles.hashes(words.hashes(), words.count());
        final long[] facts = facts(words);
        final int[] factHashes = new int[facts.length];
        final int[] contexts = new int[facts.length];
        for (int i = 0; i < facts.length; i++) {
            factHashes[i] = (int) (facts[i] >> 32);
            contexts[i] = (int) facts[i];
        }
        return new Sketch(Shingles.distinct(shingles), Shingles.least(shingles, SAMPLE), factHashes, contexts);
    }

    /**
     * The least {@link #MAX_FACTS} distinct facts of the story's sentences, ascending, each with the context of its
     * first mention: the fact's hash in the high half of each value, the context in the low half.
     */
    private static long[] facts(final Words.Hashed words) {
        final int[] sentenceWords = new int[words.count() == 0 ? 0 : words.sentence()[words.count() - 1] + 1];
        boolean anyStorySentence = false;
        for (int i = 0; i < words.count(); i++) {
            anyStorySentence |= ++sentenceWords[words.sentence()[i]] >= STORY_SENTENCE_WORDS;
        }
        final int least = anyStorySentence ? STORY_SENTENCE_WORDS : 0;
        final long[] hashes = words.hashes();
        // Each mention as its fact's hash (high half) and its place among the mentions (low half): sorted, a fact's
        // first mention comes first among its own.
        final long[] mentions = new long[words.count()];
        final int[] mentionContexts = new int[words.count()];
        int count = 0;
        for (int i = 0; i < words.count(); i++) {
            if (words.naming()[i] && sentenceWords[words.sentence()[i]] >= least) {
                final int before = i >= 2 ? half(hashes[i - 2], hashes[i - 1]) : NO_CONTEXT;
                final int after = i + 2 < words.count() ? half(hashes[i + 1], hashes[i + 2]) : NO_CONTEXT;
                mentions[count] = (Words.mix(hashes[i]) >>> 32) << 32 | count;
                mentionContexts[count++] = before << 16 | after;
            }
        }
        Arrays.sort(mentions, 0, count);
        final long[] facts = new long[Math.min(MAX_FACTS, count)];
        int distinct = 0;
        for (int i = 0; i < count && distinct < MAX_FACTS; i++) {
            final long fact = mentions[i] >> 32;
            if (distinct == 0 || facts[distinct - 1] >> 32 != fact) {
                facts[distinct++] = fact << 32 | (mentionContexts[(int) mentions[i]] & 0xffffffffL);
            }
        }
        return Arrays.copyOf(facts, distinct);
    }

    /** A 16-bit hash of two words, never {@link #NO_CONTEXT}. */
    private static int half(final long word, final long next) {
        return (int) (Words.mix(Words.mix(word) ^ next) >>> 48) | 1;
    }

    /**
     * The estimated share of the shorter story's shingles that the other contains, |A ∩ B| / min(|A|, |B|): the two
     * samples below the lower of their ceilings are uniform samples of both sets there, and the share of the smaller
     * one found in the other estimates the containment; exact when both stories have at most {@value #SAMPLE} shingles.
     */
    public double containment(final Sketch other) {
        final Compared compared = Compared.of(sample, other.sample, SAMPLE);
        final int mine = compared.mine();
        final int others = compared.others();
        if (mine == 0 || others == 0) {
            return 0;
        }
        return (double) common(sample, mine, other.sample, others) / Math.min(mine, others);
    }

    /** The estimated Jaccard similarity of the two stories' shingle sets, from the same samples; 0 without words. */
    public double jaccard(final Sketch other) {
        final Compared compared = Compared.of(sample, other.sample, SAMPLE);
        final int mine = compared.mine();
        final int others = compared.others();
        final int common = common(sample, mine, other.sample, others);
        return mine + others == 0 ? 0 : (double) common / (mine + others - common);
    }

    /**
     * The share of one story's facts that the other has too, taking the story for which it is highest (so a copy
     * with paragraphs cut or added still agrees); 1 when either story has no facts.
     */
    public double factsShared(final Sketch other) {
        final Compared compared = Compared.of(facts, other.facts, MAX_FACTS);
        final int mine = compared.mine();
        final int others = compared.others();
        if (mine == 0 || others == 0) {
            return 1;
        }
        final int common = common(facts, mine, other.facts, others);
        return Math.max((double) common / mine, (double) common / others);
    }

    /**
     * Whether a fact of one story stands where the other has another: the same two words before it or after it
     * ("demonstrations in Omdurman" and "demonstrations in Kassala"). Two reports written from one template differ so;
     * a copy loses a name to an editor's deletion, or gains one with an added paragraph, but rarely swaps one for another.
     */
    public boolean conflicts(final Sketch other) {
        final Compared compared = Compared.of(facts, other.facts, MAX_FACTS);
        final int mine = compared.mine();
        final int others = compared.others();
        for (int i = 0; i < mine; i++) {
            if (Arrays.binarySearch(other.facts, 0, others, facts[i]) >= 0) {
                continue;
            }
            for (int j = 0; j < others; j++) {
                if (Arrays.binarySearch(facts, 0, mine, other.facts[j]) < 0 && sameContext(contexts[i], other.contexts[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameContext(final int context, final int other) {
        final int before = context >>> 16;
        final int after = context & 0xffff;
        return (before != NO_CONTEXT && before == other >>> 16) || (after != NO_CONTEXT && after == (other & 0xffff));
    }

    /**
     * How many values of each of two sorted samples (of at most {@code size} least values) lie at or below the lower of
     * their ceilings: below it both samples hold every value of their sets, so only there do they compare alike.
     */
    private record Compared(int mine, int others) {

        static Compared of(final int[] sorted, final int[] otherSorted, final int size) {
            final long ceiling = Math.min(ceiling(sorted, size), ceiling(otherSorted, size));
            return new Compared(below(sorted, ceiling), below(otherSorted, ceiling));
        }

        private static long ceiling(final int[] sample, final int size) {
            return sample.length < size ? Long.MAX_VALUE : sample[sample.length - 1];
        }

        private static int below(final int[] sorted, final long ceiling) {
            int count = 0;
            while (count < sorted.length && sorted[count] <= ceiling) {
                count++;
            }
            return count;
        }
    }

    private static int common(final int[] sorted, final int length, final int[] otherSorted, final int otherLength) {
        int common = 0;
        for (int i = 0, j = 0; i < length && j < otherLength; ) {
            final int order = Integer.compare(sorted[i], otherSorted[j]);
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * The sketch as it is stored and sent: a layout byte, the shingle count, the sample's length and values, the
     * facts' count, values and contexts (big-endian ints; at most 1,038 bytes, ~150 for an event note). In JSON it is
     * this, in base64.
     */
    @JsonValue
    public byte[] bytes() {
        return ByteBuffer.allocate(1 + Integer.BYTES * (3 + sample.length + 2 * facts.length))
                .put(LAYOUT).putInt(shingleCount).putInt(sample.length).put(asBytes(sample))
                .putInt(facts.length).put(asBytes(facts)).put(asBytes(contexts)).array();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Sketch fromBytes(final byte[] bytes) {
        try {
            final ByteBuffer buffer = ByteBuffer.wrap(bytes);
            final byte layout = buffer.get();
            if (layout != LAYOUT) {
                throw new IllegalArgumentException("a sketch of layout " + layout + ", not " + LAYOUT
                        + ": written by another Newswire release (docs/dedupe.md, Upgrading)");
            }
            final int shingleCount = buffer.getInt();
            final int[] sample = ints(buffer, buffer.getInt(), SAMPLE);
            final int factCount = buffer.getInt();
            final int[] facts = ints(buffer, factCount, MAX_FACTS);
            return new Sketch(shingleCount, sample, facts, ints(buffer, factCount, MAX_FACTS));
        } catch (final BufferUnderflowException cutShort) {
            throw new IllegalArgumentException("a sketch cut short: " + bytes.length + " bytes", cutShort);
        }
    }

    private static byte[] asBytes(final int[] values) {
        final ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    private static int[] ints(final ByteBuffer buffer, final int count, final int most) {
        if (count < 0 || count > most) {
            throw new IllegalArgumentException("a sketch says it holds " + count + " values, at most " + most + " fit");
        }
        final int[] values = new int[count];
        buffer.asIntBuffer().get(values);
        buffer.position(buffer.position() + count * Integer.BYTES);
        return values;
    }

    /** Record equality compares the arrays' contents, not their identity. */
    @Override
    public boolean equals(final Object o) {
        return o instanceof Sketch other && shingleCount == other.shingleCount && Arrays.equals(sample, other.sample)
                && Arrays.equals(facts, other.facts) && Arrays.equals(contexts, other.contexts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * shingleCount + Arrays.hashCode(sample)) + Arrays.hashCode(facts))
                + Arrays.hashCode(contexts);
    }

    @Override
    public String toString() {
        return "Sketch[" + shingleCount + " shingles, " + facts.length + " facts]";
    }
}
