package newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counting once what comes several times close together, in bounded memory. */
class RecentSetTest {

    @Test
    void shouldTellANewValueFromOneKeptAndForgetTheOldestPastItsLimit() {
        final RecentSet recent = new RecentSet(2);

        assertThat(recent.add("a@0:1")).isTrue();
        assertThat(recent.add("a@0:1")).isFalse();
        assertThat(recent.add("b@0:2")).isTrue();
        assertThat(recent.add("c@0:3")).isTrue();

        // "a" was the oldest of three kept by a set of two: forgotten, it counts as new again; "c" is still kept
        assertThat(recent.add("a@0:1")).isTrue();
        assertThat(recent.add("c@0:3")).isFalse();
    }
}
