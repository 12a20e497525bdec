package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pair benchmark reads any folders of notes and pages, so pairs can be made from articles nobody tuned on. */
class PairBenchmarkTest {

    private static final String NOTE = "On 3 May 2024, residents of Kidal protested in front of the governor's office "
            + "against power cuts that had lasted for two weeks. No injuries were reported.";
    private static final String OTHER_NOTE = "On 9 May 2024, traders in Gao closed their shops for a day to protest "
            + "against a new market tax announced by the town council. The strike ended peacefully.";

    @TempDir
    Path dir;

    @Test
    void shouldReadTheNotesOfEveryFolderGivenEachFolderAGroup() throws IOException {
        Files.createDirectories(dir.resolve("mali"));
        Files.createDirectories(dir.resolve("niger"));
        Files.writeString(dir.resolve("mali/1.txt"), NOTE);
        Files.writeString(dir.resolve("mali/2.txt"), OTHER_NOTE);
        Files.writeString(dir.resolve("niger/1.txt"), OTHER_NOTE.replace("Gao", "Niamey"));
        Files.writeString(dir.resolve("niger/notes.csv"), "not a note");

        final List<PairBenchmark.Source> sources = PairBenchmark.given(List.of("--notes", dir.toString()));

        assertThat(sources).extracting(PairBenchmark.Source::name)
                .containsExactly("mali/1.txt", "mali/2.txt", "niger/1.txt");
        assertThat(sources).extracting(PairBenchmark.Source::group).containsExactly(dir + "/mali", dir + "/mali",
                dir + "/niger");
        assertThat(sources.get(0).paragraphs()).containsExactly(NOTE);
        assertThat(PairBenchmark.given(List.of("--sweep"))).isEmpty();
    }

    @Test
    void shouldDropANearVerbatimCopyAmongTheGivenArticles() {
        final List<PairBenchmark.Source> sources = List.of(new PairBenchmark.Source("g", "a", List.of(NOTE)),
                new PairBenchmark.Source("g", "b", List.of(OTHER_NOTE)),
                new PairBenchmark.Source("g", "c", List.of(NOTE + " ")));

        assertThat(PairBenchmark.distinct(sources)).extracting(PairBenchmark.Source::name).containsExactly("a", "b");
    }

    @Test
    void shouldMakeCopiesAtEveryStrengthAndLookAlikesFromTheGivenArticles() {
        final List<PairBenchmark.Source> sources = List.of(new PairBenchmark.Source("g", "a", List.of(NOTE)),
                new PairBenchmark.Source("g", "b", List.of(OTHER_NOTE)));

        final List<PairBenchmark.Pair> pairs = PairBenchmark.pairs(sources);

        assertThat(pairs.stream().filter(PairBenchmark.Pair::positive)).hasSize(2 * Republications.Strength.values().length);
        assertThat(pairs.stream().filter(pair -> pair.negative() == PairBenchmark.Negative.NEIGHBOUR)).hasSize(1);
    }
}
