package newswire.extract;

import java.util.List;

/** A place or organisation of a sentence, by token (inclusive). */
record NamedSpan(GazetteerMatch match, int first, int last) {

    /** The names whose first token lies in [from, to), by binary search: sentences can be arbitrarily long. */
    static List<NamedSpan> between(final List<NamedSpan> named, final int from, final int to) {
        return named.subList(firstAtOrAfter(named, from), firstAtOrAfter(named, to));
    }

    private static int firstAtOrAfter(final List<NamedSpan> named, final int token) {
        int low = 0;
        int high = named.size();
        while (low < high) {
            final int mid = (low + high) >>> 1;
            if (named.get(mid).first() < token) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
