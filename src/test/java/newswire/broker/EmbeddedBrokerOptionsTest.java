package newswire.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerOptionsTest {

    @Test
    void shouldDefaultToAFreePortATemporaryDirectoryAndNoOverrides() {
        final EmbeddedBroker.Options options = EmbeddedBroker.Options.defaults();

        assertThat(options.port()).isZero();
        assertThat(options.dataDir()).isNull();
        assertThat(options.brokerProperties()).isEmpty();
    }

    @Test
    void shouldBuildUpOptionsWithoutChangingTheOriginal() {
        final EmbeddedBroker.Options defaults = EmbeddedBroker.Options.defaults();

        final EmbeddedBroker.Options options = defaults.withPort(19092)
                .withDataDir(Path.of("/tmp/kafka"))
                .withBrokerProperty("num.partitions", "3")
                .withBrokerProperty("num.partitions", "4");

        assertThat(options).isEqualTo(new EmbeddedBroker.Options(19092, Path.of("/tmp/kafka"),
                Map.of("num.partitions", "4")));
        assertThat(defaults).isEqualTo(EmbeddedBroker.Options.defaults());
    }

    @Test
    void shouldCopyTheOverridesItIsGiven() {
        final Map<String, String> overrides = new HashMap<>(Map.of("num.partitions", "3"));
        final EmbeddedBroker.Options options = new EmbeddedBroker.Options(0, null, overrides);

        overrides.put("num.partitions", "5");

        assertThat(options.brokerProperties()).containsExactly(Map.entry("num.partitions", "3"));
    }

    @Test
    void shouldRejectAPortOutOfRange() {
        assertThatThrownBy(() -> EmbeddedBroker.Options.defaults().withPort(70_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedBroker.Options.defaults().withPort(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectOverridesOfWhatTheBrokerManagesItself() {
        assertThatThrownBy(() -> EmbeddedBroker.Options.defaults().withBrokerProperty("listeners", "PLAINTEXT://:9092"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listeners");
        assertThatThrownBy(() -> EmbeddedBroker.Options.defaults().withBrokerProperty("log.dirs", "/tmp/elsewhere"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
