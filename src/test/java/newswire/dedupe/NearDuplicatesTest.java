package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    @Test
    void shouldCutAFingerprintIntoFourSixteenBitBandKeysLowBitsFirst() {
        assertThat(NearDuplicates.bandKeys("0123456789abcdef"))
                .containsExactly("0:cdef", "1:89ab", "2:4567", "3:0123");
    }

    @Test
    void shouldCountDifferingBits() {
        assertThat(NearDuplicates.distance("0000000000000000", "0000000000000000")).isZero();
        assertThat(NearDuplicates.distance("0000000000000000", "8000000000000001")).isEqualTo(2);
        assertThat(NearDuplicates.distance("ffffffffffffffff", "0000000000000000")).isEqualTo(64);
    }

    @Test
    void shouldTellTheLowestBandTwoFingerprintsShare() {
        assertThat(NearDuplicates.lowestSharedBand("0123456789abcdef", "0123456789abcdef")).isZero();
        assertThat(NearDuplicates.lowestSharedBand("0123456789abcdef", "0123456789abcde0")).isEqualTo(1);
        assertThat(NearDuplicates.lowestSharedBand("0123456789abcdef", "f123f567f9abcde0")).isEqualTo(-1);
    }

    @Test
    void shouldFindEveryPairWithinThreeBitsInASharedBand() {
        // Any three flipped bits leave at least one of the four bands untouched: the guarantee the index rests on.
        final Random random = new Random(42);
        for (int trial = 0; trial < 10_000; trial++) {
            final long bits = random.nextLong();
            long flipped = bits;
            for (int flip = 0; flip < 3; flip++) {
                flipped ^= 1L << random.nextInt(64);
            }
            final String a = String.format("%016x", bits);
            final String b = String.format("%016x", flipped);
            assertThat(NearDuplicates.lowestSharedBand(a, b)).as("%s vs %s", a, b).isNotNegative();
            assertThat(new NearDuplicates(3).areNear(a, b)).isTrue();
        }
    }

    @Test
    void shouldRefuseADistanceTheBandsCannotGuaranteeAndAMalformedFingerprint() {
        assertThatThrownBy(() -> new NearDuplicates(4)).hasMessageContaining("0 to 3 bits");
        assertThatThrownBy(() -> NearDuplicates.bandKeys("abc")).hasMessageContaining("16 hex digits");
        assertThat(new NearDuplicates(0).areNear("0000000000000000", "0000000000000001")).isFalse();
    }
}
