package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    @Test
    void shouldCutAFingerprintIntoSixBandKeysLowBitsFirst() {
        // 0x0123456789abcdef: bits 0-10, 11-21, 22-32, 33-43, 44-53 and 54-63
        assertThat(NearDuplicates.bandKeys("0123456789abcdef"))
                .containsExactly("0:5ef", "1:579", "2:626", "3:2b3", "4:234", "5:004");
        assertThat(NearDuplicates.bandKeys("ffffffffffffffff"))
                .containsExactly("0:7ff", "1:7ff", "2:7ff", "3:7ff", "4:3ff", "5:3ff");
    }

    @Test
    void shouldCountDifferingBits() {
        assertThat(NearDuplicates.distance("0000000000000000", "0000000000000000")).isZero();
        assertThat(NearDuplicates.distance("0000000000000000", "8000000000000001")).isEqualTo(2);
        assertThat(NearDuplicates.distance("ffffffffffffffff", "0000000000000000")).isEqualTo(64);
    }

    @Test
    void shouldFindEveryPairWithinFiveBitsInASharedBand() {
        // Any five flipped bits leave at least one of the six bands untouched: the guarantee the index rests on.
        final Random random = new Random(42);
        for (int trial = 0; trial < 10_000; trial++) {
            final long bits = random.nextLong();
            long flipped = bits;
            for (int flip = 0; flip < 5; flip++) {
                flipped ^= 1L << random.nextInt(64);
            }
            final String a = String.format("%016x", bits);
            final String b = String.format("%016x", flipped);
            assertThat(NearDuplicates.bandKeys(a)).as("%s vs %s", a, b).containsAnyElementsOf(NearDuplicates.bandKeys(b));
            assertThat(new NearDuplicates(5).areNear(a, b)).isTrue();
        }
    }

    @Test
    void shouldRefuseADistanceTheBandsCannotGuaranteeAndAMalformedFingerprint() {
        assertThatThrownBy(() -> new NearDuplicates(6)).hasMessageContaining("0 to 5 bits");
        assertThatThrownBy(() -> NearDuplicates.bandKeys("abc")).hasMessageContaining("16 hex digits");
        assertThat(new NearDuplicates(0).areNear("0000000000000000", "0000000000000001")).isFalse();
    }
}
