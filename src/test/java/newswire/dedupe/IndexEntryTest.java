package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import newswire.dedupe.DedupeRecords.PendingVerdict;
import newswire.dedupe.DedupeRecords.Seen;
import newswire.serde.BinaryFields;
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
    void shouldRefuseBytesOfAnotherLayout() {
        final byte[] entry = new Seen("4f2a9c", 7L).bytes();
        entry[0] = 2;
        final byte[] pending = new PendingVerdict(0b01, 0b11, new Seen("4f2a9c", 7L), 7L).bytes();
        pending[0] = 3;

        assertThatThrownBy(() -> Seen.fromBytes(entry))
                .isInstanceOf(SerializationException.class).hasMessageContaining("of layout 2, not 1");
        assertThatThrownBy(() -> PendingVerdict.fromBytes(pending))
                .isInstanceOf(SerializationException.class).hasMessageContaining("of layout 3, not 2");
        assertThatThrownBy(() -> Seen.fromBytes(new byte[0]))
                .isInstanceOf(SerializationException.class).hasMessageContaining("no bytes");
    }

    @Test
    void shouldRefuseAnEntryCutAtAnyLength() {
        // The id's length is written, so an entry cut inside it or after it never reads back as another article
        final byte[] whole = new Seen("4f2a9c", 7L).bytes();
        for (int length = 0; length < whole.length; length++) {
            final byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> Seen.fromBytes(cut)).as("cut at %d", length)
                    .isInstanceOf(SerializationException.class);
        }
    }

    @Test
    void shouldRefuseAPendingVerdictCutAtAnyLength() {
        // Cut before its earliest copy, it must not read as a verdict that found none (releasing a copy as original)
        final byte[] whole = new PendingVerdict(0b01, 0b11, new Seen("기사-7", 42L), 42L).bytes();
        for (int length = 0; length < whole.length; length++) {
            final byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> PendingVerdict.fromBytes(cut)).as("cut at %d", length)
                    .isInstanceOf(SerializationException.class);
        }
    }

    @Test
    void shouldRefuseBytesAfterTheLastField() {
        final byte[] entry = Arrays.copyOf(new Seen("4f2a9c", 7L).bytes(), 20);
        final byte[] pending = Arrays.copyOf(new PendingVerdict(0b01, 0b11, null, 42L).bytes(), 20);

        assertThatThrownBy(() -> Seen.fromBytes(entry))
                .isInstanceOf(SerializationException.class).hasMessageContaining("after its last field");
        assertThatThrownBy(() -> PendingVerdict.fromBytes(pending))
                .isInstanceOf(SerializationException.class).hasMessageContaining("after its last field");
    }

    @Test
    void shouldReadBackAPendingVerdictWithAndWithoutACopyFound() {
        for (final PendingVerdict pending : new PendingVerdict[] {new PendingVerdict(0b01, 0b111, null, 40L),
                new PendingVerdict(0b11, 0b111, new Seen("기사-7", 42L), 43L)}) {
            assertThat(PendingVerdict.fromBytes(pending.bytes())).isEqualTo(pending);
        }
    }

    @Test
    void shouldReadAPendingVerdictAsEarlierReleasesWroteIt() {
        final byte[] earlier = "{\"answered\":3,\"expected\":7,\"earliest\":{\"articleId\":\"a1\",\"timestamp\":9}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(PendingVerdict.fromBytes(earlier))
                .isEqualTo(new PendingVerdict(3, 7, new Seen("a1", 9L), PendingVerdict.UNTIMED));
    }

    @Test
    void shouldReadAPendingVerdictOfTheLayoutBeforeEntriesHadATimeAsUntimed() {
        // Given an entry of layout 1: the masks and the earliest copy found, no time
        final byte[] untimed = BinaryFields.laidOut((byte) 1, "a1", (id, out) -> {
            out.writeInt(0b01);
            out.writeInt(0b11);
            BinaryFields.writeOptional(out, new Seen(id, 9L), Seen::writeFields);
        });

        assertThat(PendingVerdict.fromBytes(untimed))
                .isEqualTo(new PendingVerdict(0b01, 0b11, new Seen("a1", 9L), PendingVerdict.UNTIMED));
        // A time of its own is not read from an entry of that layout with bytes to spare
        assertThatThrownBy(() -> PendingVerdict.fromBytes(Arrays.copyOf(untimed, untimed.length + Long.BYTES)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("after its last field");
    }
}
