package newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void shouldTakePercentilesByNearestRank() {
        // Given the latencies 1..100 ms, recorded out of order
        final LatencyRecorder recorder = new LatencyRecorder(4);
        LongStream.rangeClosed(1, 100).map(i -> 101 - i).forEach(recorder::record);

        // Then p50 is the 50th smallest, p95 the 95th, p99 the 99th and p100 the largest
        assertThat(recorder.count()).isEqualTo(100);
        assertThat(recorder.percentile(50)).isEqualTo(50);
        assertThat(recorder.percentile(95)).isEqualTo(95);
        assertThat(recorder.percentile(99)).isEqualTo(99);
        assertThat(recorder.percentile(100)).isEqualTo(100);
    }

    @Test
    void shouldRoundTheRankUpSoASmallSampleReportsItsTail() {
        // Given 20,000 latencies where the 200 slowest are 500 ms and the rest 10 ms
        final LatencyRecorder recorder = new LatencyRecorder(20_000);
        for (int i = 0; i < 19_800; i++) {
            recorder.record(10);
        }
        for (int i = 0; i < 200; i++) {
            recorder.record(500);
        }

        // Then p99 (rank 19,800) is still fast and anything above it is the slow tail
        assertThat(recorder.percentile(99)).isEqualTo(10);
        assertThat(recorder.percentile(99.01)).isEqualTo(500);

        // And of three values, p50 is the second (rank ceil(1.5) = 2) and p99 the third
        final LatencyRecorder three = new LatencyRecorder(3);
        three.record(7);
        three.record(3);
        three.record(5);
        assertThat(three.percentile(50)).isEqualTo(5);
        assertThat(three.percentile(99)).isEqualTo(7);
    }

    @Test
    void shouldReportZeroWhenEmptyAndForgetTheWarmUpOnReset() {
        final LatencyRecorder recorder = new LatencyRecorder(10);
        assertThat(recorder.percentile(99)).isZero();

        // Given a slow warm-up
        recorder.record(5_000);
        // When it is reset and the timed part records
        recorder.reset();
        recorder.record(2);

        assertThat(recorder.count()).isEqualTo(1);
        assertThat(recorder.percentile(99)).isEqualTo(2);
    }

    @Test
    void shouldClampNegativeLatenciesFromAClockStepToZero() {
        final LatencyRecorder recorder = new LatencyRecorder(1);
        recorder.record(-3);
        assertThat(recorder.percentile(50)).isZero();
    }

    @Test
    void shouldRejectAPercentileOutsideZeroToHundred() {
        final LatencyRecorder recorder = new LatencyRecorder(1);
        assertThatThrownBy(() -> recorder.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recorder.percentile(100.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
