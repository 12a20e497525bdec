package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {

    private static final WordClasses WORDS = new WordClasses(List.of("en\tthe on of to us via -은"),
            List.of("social\tshare follow facebook 공유", "navigation\tmore close", "lists\tmost popular"));

    @Test
    void shouldCallALineOfControlWordsControlsOnly() {
        assertThat(LineFeatures.of("Share", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("Share on Facebook", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("Follow us on Facebook", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("MOST POPULAR", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("공유하기 12", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("More…", WORDS).controlsOnly()).isTrue();
    }

    @Test
    void shouldNotCallALineControlsOnlyWhenItSaysSomethingOrLeadsWithAnotherWord() {
        // A word of neither class: the line says something.
        assertThat(LineFeatures.of("Share prices fell", WORDS).controlsOnly()).isFalse();
        assertThat(LineFeatures.of("Close to the border", WORDS).controlsOnly()).isFalse();
        // Grammar outweighs the controls: "to the" is a phrase, not a button.
        assertThat(LineFeatures.of("Close to the", WORDS).controlsOnly()).isFalse();
        // A label starts with what it does; a clause about controls starts elsewhere.
        assertThat(LineFeatures.of("Us on Facebook", WORDS).controlsOnly()).isFalse();
        assertThat(LineFeatures.of("12 34", WORDS).controlsOnly()).isFalse();
        assertThat(LineFeatures.of("", WORDS).controlsOnly()).isFalse();
    }
}
