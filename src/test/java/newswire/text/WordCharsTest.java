package newswire.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCharsTest {

    @Test
    void lettersAndDigitsAreWordCharactersLowerCased() {
        assertThat(WordChars.lower('A')).isEqualTo('a');
        assertThat(WordChars.lower('z')).isEqualTo('z');
        assertThat(WordChars.lower('7')).isEqualTo('7');
        assertThat(WordChars.lower('É')).isEqualTo('é');
        assertThat(WordChars.lower('명')).isEqualTo('명');
    }

    @Test
    void spacesPunctuationAndSymbolsEndAWord() {
        for (final char c : " \n,.-'\"()$%@\u00a0\u2014".toCharArray()) {
            assertThat(WordChars.lower(c)).as("U+%04X", (int) c).isEqualTo(-1);
        }
    }

    @Test
    void everyAsciiCharacterAgreesWithTheUnicodeRule() {
        for (int c = 0; c < 0x80; c++) {
            final int expected = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : -1;
            assertThat(WordChars.lower(c)).as("U+%04X", c).isEqualTo(expected);
        }
    }
}
