package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

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
}
