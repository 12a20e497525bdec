package newswire.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newswire.model.Attribution;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.Evidence;
import newswire.model.Party;
import newswire.model.Quantity;
import newswire.view.Highlight.Role;
import org.junit.jupiter.api.Test;

class HighlightTest {

    private static final String SENTENCE = "Officials said 300 troops and 300 tanks crossed the border, the ministry said.";

    @Test
    void shouldMarkTheNumberTheCountedThingAndTheAttributionInReadingOrder() {
        final List<Highlight> highlights = Highlight.of(claim("300", "tanks", "the ministry said"));

        assertThat(highlights).extracting(Highlight::role)
                .containsExactly(Role.NUMBER, Role.THING, Role.ATTRIBUTION);
        assertThat(highlights).extracting(highlight -> SENTENCE.substring(highlight.start(), highlight.end()))
                .containsExactly("300", "tanks", "the ministry said");
    }

    @Test
    void shouldNotMarkTheSameWordsTwice() {
        final List<Highlight> highlights = Highlight.of(claim("300 tanks", "tanks", null));

        assertThat(highlights).singleElement().satisfies(highlight -> {
            assertThat(highlight.role()).isEqualTo(Role.NUMBER);
            assertThat(SENTENCE.substring(highlight.start(), highlight.end())).isEqualTo("300 tanks");
        });
    }

    @Test
    void shouldLeaveOutWordsTheSentenceDoesNotContain() {
        assertThat(Highlight.of(claim("1,500", "special forces", "intelligence said"))).isEmpty();
    }

    private static Claim claim(final String number, final String unit, final String attribution) {
        return new Claim("c", "a", ClaimKind.WEAPONS, new Quantity(300L, null, null, false, null, number), unit,
                new Party("Russia", "RUS"), null, null, ClaimStatus.REPORTED,
                attribution == null ? null : new Attribution("ministry", attribution),
                new Evidence(SENTENCE, 0, SENTENCE.length()), 0.9);
    }
}
