package newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docker-compose.yml runs the processor as an operator expects, and is a valid Compose file. */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path DOCKERFILE = Path.of("Dockerfile");

    private final JsonNode processor = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile())
            .path("services").path("newswire");

    ComposeFileTest() throws IOException {
    }

    @Test
    void shouldPublishTheHttpPortOfTheProcessor() {
        final List<String> command = strings(processor.path("command"));
        final String port = command.get(command.indexOf("--http-port") + 1);

        assertThat(strings(processor.path("ports"))).anyMatch(mapping -> mapping.endsWith(":" + port));
    }

    @Test
    void shouldCheckReadinessWithAToolTheImageHas() throws IOException {
        final List<String> command = strings(processor.path("command"));
        final String port = command.get(command.indexOf("--http-port") + 1);
        final List<String> test = strings(processor.path("healthcheck").path("test"));

        assertThat(test.get(0)).isEqualTo("CMD");
        assertThat(test).anyMatch(argument -> argument.matches("http://[^/]+:" + port + "/health/ready"));
        // The image the processor runs: the last stage of the Dockerfile installs the tool
        final String dockerfile = Files.readString(DOCKERFILE);
        final String runtimeStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        assertThat(runtimeStage).containsPattern("apt-get install [^\\n]*\\b" + test.get(1) + "\\b");
    }

    @Test
    void shouldKeepTheStateDirectoryOnANamedVolume() throws IOException {
        final String stateDir = processor.path("environment").path("KAFKA_STATE_DIR").asText();
        assertThat(stateDir).startsWith("/");

        final String volume = strings(processor.path("volumes")).stream()
                .filter(mount -> mount.endsWith(":" + stateDir)).findFirst().orElseThrow()
                .split(":")[0];
        assertThat(new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile()).path("volumes").has(volume))
                .as("a named volume, declared at the top level").isTrue();
        assertThat(Files.readString(DOCKERFILE)).as("the image makes the directory for its user")
                .contains("mkdir -p " + stateDir);
    }

    @Test
    void shouldBeAValidComposeFile() throws IOException, InterruptedException {
        final String compose = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "docker-compose")).filter(Files::isExecutable).findFirst()
                .map(Path::toString).orElse(null);
        assumeTrue(compose != null, "docker-compose is not installed: only the keys above are checked");

        final Process config = new ProcessBuilder(compose, "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        final String output = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(config.exitValue()).as(output).isZero();
    }

    private static List<String> strings(final JsonNode array) {
        final List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }
}
