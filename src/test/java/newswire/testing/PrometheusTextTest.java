package newswire.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test's reader of the exposition format accepts the format and nothing else. */
class PrometheusTextTest {

    @Test
    void shouldReadFamiliesTheirTypesLabelsAndValues() {
        final PrometheusText text = PrometheusText.parse("""
                # HELP requests_total Requests served, by "path"\\n
                # TYPE requests_total counter
                requests_total{path="/a",code="200"} 3.0
                requests_total{path="/b\\"c\\\\"} 1 1700000000000
                # TYPE latency_seconds summary
                latency_seconds{quantile="0.5"} 0.25
                latency_seconds_sum 7.5
                latency_seconds_count 30
                free_bytes +Inf
                """);

        assertThat(text.families()).containsOnlyKeys("requests_total", "latency_seconds", "free_bytes");
        final PrometheusText.Family requests = text.family("requests_total").orElseThrow();
        assertThat(requests.type()).isEqualTo("counter");
        assertThat(requests.value("requests_total", Map.of("path", "/a"))).isEqualTo(3.0);
        assertThat(requests.value("requests_total", Map.of("path", "/b\"c\\"))).isEqualTo(1.0);
        assertThat(text.family("latency_seconds").orElseThrow().value("latency_seconds_count", Map.of()))
                .isEqualTo(30.0);
        assertThat(text.family("free_bytes").orElseThrow().type()).isEqualTo("untyped");
    }

    @Test
    void shouldRejectWhatIsNotTheFormat() {
        assertThatThrownBy(() -> PrometheusText.parse("a 1")).hasMessageContaining("line feed");
        assertThatThrownBy(() -> PrometheusText.parse("a{b=\"c\"} one\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PrometheusText.parse("a{b=c} 1\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PrometheusText.parse("9a 1\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE a widget\na 1\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PrometheusText.parse("a 1\na 2\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> PrometheusText.parse("a 1\nb 1\na{c=\"d\"} 1\n")).hasMessageContaining("together");
        assertThatThrownBy(() -> PrometheusText.parse("a 1\n# TYPE a gauge\n")).hasMessageContaining("TYPE");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE h histogram\nh 1\n")).hasMessageContaining("together");
    }
}
