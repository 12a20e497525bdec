package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newswire.dedupe.SimHash;
import newswire.dedupe.WordHashes;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldComposeToNfc() {
        // "한" written as three conjoining jamo becomes one syllable
        assertThat(TextNormalizer.normalize("\u1112\u1161\u11AB")).isEqualTo("한");
        assertThat(TextNormalizer.normalize("Cafe\u0301")).isEqualTo("Café");
    }

    @Test
    void shouldCollapseSpacesAndUnifyLineBreaks() {
        assertThat(TextNormalizer.normalize("  a\u00A0\u00A0b\t c  \r\n d\u2028e\r\rf "))
                .isEqualTo("a b c\nd\ne\n\nf");
    }

    @Test
    void shouldDropInvisibleCharacters() {
        assertThat(TextNormalizer.normalize("zero\u200Bwidth\uFEFF and\u0007 bell")).isEqualTo("zerowidth and bell");
    }

    @Test
    void shouldCompareIgnoringSpacingAndPunctuation() {
        assertThat(TextNormalizer.comparisonKey("He said: \"Yes,\" twice."))
                .isEqualTo(TextNormalizer.comparisonKey("He said  “Yes” twice"));
    }

    @Test
    void shouldKeyLettersAndDigitsLowerCasedInEveryScript() {
        assertThat(TextNormalizer.comparisonKey("BY Sarah-Kim, 2024! 북한군 1,500명")).isEqualTo("bysarahkim2024북한군1500명");
        // Deseret capital and small letters lie outside the BMP: a surrogate pair in, a surrogate pair out.
        assertThat(TextNormalizer.comparisonKey("\uD801\uDC00x \u00C9T\u00C9")).isEqualTo("\uD801\uDC28x\u00E9t\u00E9");
        assertThat(TextNormalizer.comparisonKey("¿?! — …")).isEmpty();
    }

    @Test
    void shouldHashTheWordsOfEachKeyedTextAsTheFingerprintReadsTheirStory() {
        final List<String> paragraphs = List.of("BY Sarah-Kim, 2024! 북한군 1,500명", "\uD801\uDC00x \u00C9T\u00C9 café",
                "¿?! — …", "Two sentences. A second one ends here");
        final WordHashes words = new WordHashes();
        for (final String paragraph : paragraphs) {
            TextNormalizer.comparisonKey(paragraph, words);
        }

        assertThat(SimHash.fingerprint(words)).isEqualTo(SimHash.fingerprint(String.join("\n\n", paragraphs)));
    }

    @Test
    void shouldForgetTheWordsOfATextLeftOutOfTheStory() {
        final WordHashes words = new WordHashes();
        TextNormalizer.comparisonKey("The story's first paragraph", words);
        final int kept = words.count();
        TextNormalizer.comparisonKey("A repeat, left out", words);
        words.keepFirst(kept);
        TextNormalizer.comparisonKey("and its last", words);

        assertThat(SimHash.fingerprint(words))
                .isEqualTo(SimHash.fingerprint("The story's first paragraph\n\nand its last"));
    }

    @Test
    void shouldReturnATextAlreadyNormalAsItCame() {
        final String normal = "A headline\n\nKim Sarah 2024. 10. 21.\n북한군 1,500명 파병 — “quoted”, said he.\n\nEnd";

        assertThat(TextNormalizer.normalize(normal)).isSameAs(normal);
    }

    @Test
    void shouldNormaliseFromTheFirstCharacterThatChanges() {
        // each text is normal up to one character the loop drops, replaces or moves, then has more to normalise
        assertThat(TextNormalizer.normalize("one two  three\tfour")).isEqualTo("one two three four");
        assertThat(TextNormalizer.normalize("one two \nthree")).isEqualTo("one two\nthree");
        assertThat(TextNormalizer.normalize("one\n two")).isEqualTo("one\ntwo");
        assertThat(TextNormalizer.normalize("one \u200Btwo")).isEqualTo("one two");
        assertThat(TextNormalizer.normalize("한국\u3000어 \uFEFF끝")).isEqualTo("한국 어 끝");
        assertThat(TextNormalizer.normalize("line\r\nnext\u2028last\u0085")).isEqualTo("line\nnext\nlast");
        assertThat(TextNormalizer.normalize("ends with a space ")).isEqualTo("ends with a space");
        assertThat(TextNormalizer.normalize(" opens with one")).isEqualTo("opens with one");
    }

    @Test
    void shouldReadKeysIntoOneBufferWithTheirStringHashCodes() {
        final TextNormalizer.KeyReader key = new TextNormalizer.KeyReader();
        for (final String text : List.of("A much longer first paragraph, read first", "BY Sarah-Kim, 2024! 북한군 1,500명",
                "\uD801\uDC00x \u00C9T\u00C9", "¿?! — …", "Short")) {
            key.read(text, null);
            final String expected = TextNormalizer.comparisonKey(text);

            assertThat(key.toString()).isEqualTo(expected);
            assertThat(key.length()).isEqualTo(expected.length());
            assertThat(key.hash()).isEqualTo(expected.hashCode());
            assertThat(key.sameAs(expected)).isTrue();
            assertThat(key.sameAs(expected + "x")).isFalse();
        }
        key.read("Same letters, other case", null);
        assertThat(key.sameAs(TextNormalizer.comparisonKey("same LETTERS other case!"))).isTrue();
        assertThat(key.sameAs(TextNormalizer.comparisonKey("same letters, other cast"))).isFalse();
    }
}
