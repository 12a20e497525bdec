package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;
import org.junit.jupiter.api.Test;

/**
 * Properties checked over many generated inputs. The generator is seeded, so a failure names a seed that reproduces
 * it. (Written on plain JUnit: the jqwik release in reach asks not to be used by automated agents.)
 */
class CleanerPropertiesTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
    private static final int CASES = 300;
    private static final String[] WORDS = {"river", "council", "engineers", "winter", "harbour", "market", "bridge",
            "farmers", "rain", "station", "village", "budget", "school", "road", "factory", "price", "season", "museum",
            "police", "north", "south", "ministry", "report", "agreed", "opened", "closed", "rose", "fell", "built",
            "planned", "said", "expected", "across", "after", "before", "during", "with", "without", "three", "several"};
    /** Prose in any language is about a third function words; a line without them reads as a menu, not a sentence. */
    private static final String[] FUNCTION_WORDS = {"the", "of", "and", "to", "in", "a", "was", "that", "on", "for"};
    private static final String[] KOREAN_WORDS = {"정부는", "시장이", "다리를", "학교에서", "주민들이", "예산을", "겨울에",
            "계획을", "발표했다", "열었다", "늘었다", "줄었다", "밝혔다", "지역의", "공장이"};
    private static final String ALPHABET = "aAbBzZ0189 .,;:!?'\"()[]<>/=-_@#\u00A0\u3000\t\n\n\r가나다한국어\uFFFD©ⓒ"
            + "<p><div></b>&amp;";

    @Test
    void shouldNeverThrowAnythingButARejectionOnArbitraryText() {
        for (int seed = 0; seed < CASES; seed++) {
            final Random random = new Random(seed);
            final String text = arbitrary(random, random.nextInt(2_000));
            for (final String type : new String[] {RawArticle.TEXT_PLAIN, RawArticle.TEXT_HTML}) {
                try {
                    final CleanArticle article = CLEANER.clean(new RawArticle("p" + seed, "gen", type, text, null, null,
                            null, null, null));
                    assertThat(article.paragraphs()).as("seed %d %s", seed, type).isNotEmpty().allMatch(p -> !p.isBlank());
                    assertThat(article.fingerprint()).matches("[0-9a-f]{16}");
                } catch (final UncleanableArticleException rejected) {
                    assertThat(rejected.getMessage()).as("seed %d %s", seed, type).startsWith("article p" + seed + ":");
                } catch (final RuntimeException | StackOverflowError e) {
                    fail("seed " + seed + " (" + type + ") threw " + e, e);
                }
            }
        }
    }

    @Test
    void shouldNeverLoseASentenceOfAPlainArticleWithoutChrome() {
        for (int seed = 0; seed < CASES; seed++) {
            final Random random = new Random(seed);
            final List<String> sentences = new ArrayList<>();
            final StringBuilder text = new StringBuilder();
            final int paragraphs = 1 + random.nextInt(8);
            for (int p = 0; p < paragraphs; p++) {
                final int count = 1 + random.nextInt(4);
                for (int s = 0; s < count; s++) {
                    final String sentence = sentence(random);
                    sentences.add(sentence);
                    text.append(sentence).append(s + 1 < count ? " " : "");
                }
                text.append(random.nextBoolean() ? "\n\n" : "\n");
            }
            final RawArticle raw = new RawArticle("s" + seed, "gen", RawArticle.TEXT_PLAIN, text.toString(), null, null,
                    "Generated title " + seed, null, null);

            final String body = CLEANER.clean(raw).body().replace('\n', ' ');

            for (final String sentence : sentences) {
                assertThat(body).as("seed %d", seed).contains(sentence);
            }
        }
    }

    @Test
    void shouldGiveTheSameArticleForTheSameInput() {
        for (int seed = 0; seed < 50; seed++) {
            final Random random = new Random(seed);
            final String text = "Title\n\n" + sentence(random) + "\n\n" + sentence(random);

            assertThat(CLEANER.clean(Fixtures.text(text))).isEqualTo(CLEANER.clean(Fixtures.text(text)));
        }
    }

    private static String sentence(final Random random) {
        final boolean korean = random.nextInt(4) == 0;
        final String[] words = korean ? KOREAN_WORDS : WORDS;
        final StringBuilder s = new StringBuilder();
        final int n = 4 + random.nextInt(14);
        for (int i = 0; i < n; i++) {
            String w = words[random.nextInt(words.length)];
            if (!korean && i % 2 == 1) {
                w = FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)] + " " + w;
            }
            if (i == 0 && !korean) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            s.append(i == 0 ? "" : random.nextInt(8) == 0 ? ", " : " ").append(w);
        }
        return s.append('.').toString();
    }

    private static String arbitrary(final Random random, final int length) {
        final StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(10)) {
                case 0 -> s.appendCodePoint(random.nextInt(0x10FFFF));
                case 1 -> s.append((char) random.nextInt(0xFFFF));
                case 2 -> s.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                default -> s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return s.toString();
    }
}
