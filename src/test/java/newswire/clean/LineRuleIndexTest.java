package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineRuleIndexTest {

    @Test
    void shouldFoldALineAsTheLiteralsAreFoldedCharacterByCharacter() {
        for (final String line : List.of("Share This Story ON X", "Ünïcode ÉTÉ and the Kelvin sign \u212A",
                "기사 공유 SHARE", "MICRO µ and DOTLESS ı", "")) {
            assertThat(LineRuleIndex.folded(line)).as(line).isEqualTo(foldedEach(line));
        }
    }

    @Test
    void shouldReturnALineWithNothingToFoldAsItIs() {
        final String korean = "이 기사에 대해 어떻게 생각하시나요?";
        final String lower = "read more: the council's budget";

        assertThat(LineRuleIndex.folded(korean)).isSameAs(korean);
        assertThat(LineRuleIndex.folded(lower)).isSameAs(lower);
    }

    private static String foldedEach(final String line) {
        final StringBuilder folded = new StringBuilder();
        line.chars().forEach(c -> folded.append(RequiredLiterals.fold((char) c)));
        return folded.toString();
    }
}
