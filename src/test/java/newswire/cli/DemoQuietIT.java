package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default demo shows the flow, not Kafka's notes on its own workings; --verbose shows everything. */
@Tag("integration")
class DemoQuietIT {

    @Test
    void shouldPrintNoWarningOrErrorLineByDefault(@TempDir final Path dir) throws Exception {
        // When the packaged demo runs as a person runs it
        final NewswireProcess demo = NewswireProcess.start(Map.of(), dir.resolve("demo.err"), dir.resolve("demo.out"),
                "demo", "--timeout", "90");

        // Then it ends well, having shown the flow, and neither output holds a WARN or ERROR line or a stack trace
        assertThat(demo.awaitExit()).as(demo.log()).isZero();
        final String out = Files.readString(dir.resolve("demo.out"));
        assertThat(out).contains("Summary: 1 article read → 1 event");
        assertThat(demo.log() + out).doesNotContainPattern("(?m)^\\S+ (WARN|ERROR) ").doesNotContain("\tat ",
                "Exception");
    }
}
