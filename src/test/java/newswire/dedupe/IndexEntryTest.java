package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import newswire.dedupe.DedupeRecords.PendingVerdict;
import newswire.dedupe.DedupeRecords.Seen;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** What the index keeps under a band key and the collector keeps while it waits, as their stores write and read it. */
class IndexEntryTest {

    @Test
    void shouldReadBackWhatItWrites() {
        for (final Seen seen : new Seen[] {new Seen("4f2a9c", 1_700_000_000_000L), new Seen("기사-7", -5L),
                new Seen("", 0L)}) {
            assertThat(Seen.fromBytes(seen.bytes())).isEqualTo(seen);
        }
    }

    @Test
    void shouldReadTheJsonOfEarlierReleasesSoTheIndexCarriesOverAnUpgrade() {
        final byte[] earlier = "{\"articleId\":\"4f2a9c\",\"timestamp\":1700000000000}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Seen.fromBytes(earlier)).isEqualTo(new Seen("4f2a9c", 1_700_000_000_000L));
    }

    @Test
    void shouldRefuseBytesOfAnotherLayoutOrCutShort() {
        final byte[] written = new Seen("4f2a9c", 7L).bytes();
        final byte[] otherLayout = written.clone();
        otherLayout[0] = 2;

        assertThatThrownBy(() -> Seen.fromBytes(otherLayout))
                .isInstanceOf(SerializationException.class).hasMessageContaining("the first 2");
        assertThatThrownBy(() -> Seen.fromBytes(new byte[] {1, 0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("3 bytes");
        assertThatThrownBy(() -> Seen.fromBytes(new byte[0]))
                .isInstanceOf(SerializationException.class).hasMessageContaining("missing");
    }

    @Test
    void shouldReadBackAPendingVerdictWithAndWithoutACopyFound() {
        for (final PendingVerdict pending : new PendingVerdict[] {new PendingVerdict(0b01, 0b111, null),
                new PendingVerdict(0b11, 0b111, new Seen("기사-7", 42L))}) {
            assertThat(PendingVerdict.fromBytes(pending.bytes())).isEqualTo(pending);
        }
    }

    @Test
    void shouldReadAPendingVerdictAsEarlierReleasesWroteIt() {
        final byte[] earlier = "{\"answered\":3,\"expected\":7,\"earliest\":{\"articleId\":\"a1\",\"timestamp\":9}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(PendingVerdict.fromBytes(earlier)).isEqualTo(new PendingVerdict(3, 7, new Seen("a1", 9L)));
        assertThatThrownBy(() -> PendingVerdict.fromBytes(new byte[] {1, 0, 0, 0, 3}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("5 bytes");
    }
}
