package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NonProseTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();

    @Test
    void shouldRejectABinaryFileSavedAsText() {
        // Given bytes of an executable as a reader decodes them: control characters and U+FFFD among a few letters
        final StringBuilder binary = new StringBuilder("\u007fELF\u0002\u0001\u0001");
        for (int i = 0; i < 300; i++) {
            binary.append(i % 3 == 0 ? '\uFFFD' : i % 3 == 1 ? '\u0000' : (char) ('a' + i % 26));
        }

        assertThat(NonProse.reason(binary.toString())).hasValueSatisfying(r -> assertThat(r).contains("binary data"));
        assertThatThrownBy(() -> CLEANER.clean(Fixtures.text(binary.toString())))
                .isInstanceOf(UncleanableArticleException.class).hasMessageContaining("not an article: binary data");
    }

    @Test
    void shouldRejectAPomAsMarkup() {
        final String pom = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>demo</artifactId>
                  <version>1.0.0</version>
                  <packaging>jar</packaging>
                </project>
                """;

        assertThat(NonProse.reason(pom)).hasValueSatisfying(r -> assertThat(r).startsWith("not an article: markup"));
    }

    @Test
    void shouldRejectSourceCode() {
        final String java = """
                package demo;

                import java.util.List;

                public final class Demo {
                    private final List<String> names;
                    Demo(final List<String> names) {
                        this.names = names;
                    }
                    int count() {
                        return names.size();
                    }
                }
                """;

        assertThat(NonProse.reason(java)).hasValueSatisfying(r -> assertThat(r).startsWith("not an article: source code"));
    }

    @Test
    void shouldRejectALog() {
        final String log = """
                2024-10-21 10:00:01.123 INFO  [main] newswire.cli.Main - starting
                2024-10-21 10:00:01.456 INFO  [main] org.apache.kafka.streams.KafkaStreams - state RUNNING
                2024-10-21 10:00:02.001 WARN  [stream-1] newswire.topology.DeadLetters - dead letter
                2024-10-21 10:00:02.002 ERROR [stream-1] newswire.clean.ArticleCleaner - no story text left
                2024-10-21 10:00:03.000 INFO  [main] newswire.cli.Main - stopped
                """;

        assertThat(NonProse.reason(log)).hasValueSatisfying(r -> assertThat(r).startsWith("not an article: a log"));
    }

    @Test
    void shouldLetThroughPortalCopiesAndLiveBlogsWithClockTimes() {
        final String liveBlog = """
                Live: missile strikes on Kyiv

                12:05 Air defence units shot down most of the drones, the city administration said.
                12:20 Power was cut in two districts on the left bank.
                12:41 The mayor said schools would open an hour late on Tuesday.
                13:02 Rail services to the west of the country are running with delays.
                13:30 Emergency crews are still working at three sites.
                """;

        assertThat(NonProse.reason(Fixtures.PORTAL_COPY)).isEmpty();
        assertThat(NonProse.reason(Fixtures.KOREAN_AGENCY_COPY)).isEmpty();
        assertThat(NonProse.reason(liveBlog)).isEmpty();
    }

    @Test
    void shouldReadLogLevelsOnlyInTheHeadOfEachLine() {
        // levels in the first 80 characters of three lines of five make a log; the same words further on, or on a line
        // whose head ends just before them, do not
        final String filler = "the service reported its state to the operators who were watching it closely";
        final String log = String.join("\n",
                "  [main] ERROR stopped after a restart  ",
                "worker WARN queue is full",
                "\t[INFO] resumed",
                "A note about " + filler + " ERROR after the head",
                filler + " FATAL");
        final String prose = String.join("\n",
                "A note about " + filler + " ERROR after the head",
                "Another note, " + filler + " [WARN] too late",
                filler + " INFO",
                "The last line says nothing of levels.",
                "Nor does this one.");

        assertThat(NonProse.reason(log)).hasValueSatisfying(r -> assertThat(r).startsWith("not an article: a log"));
        assertThat(NonProse.reason(prose)).isEmpty();
    }

    @Test
    void shouldReadAClockOnlyInTheStampOfEachLine() {
        final String stamps = String.join("\n", "[10:00:01] started", "10:00:02 connected", "  10:00:03 ready",
                "2024-10-21 10:00:04 done", "note");
        final String late = String.join("\n", "1 a line that says the time only late: 10:00:01",
                "2 another line whose clock comes too late 10:00:02", "3 and 12:05 is not to the second",
                "4 nor is 12:5:01", "5 end");

        assertThat(NonProse.reason(stamps)).hasValueSatisfying(r -> assertThat(r).startsWith("not an article: a log"));
        assertThat(NonProse.reason(late)).isEmpty();
    }
}
