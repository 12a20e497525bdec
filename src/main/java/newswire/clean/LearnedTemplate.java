package newswire.clean;

/**
 * A source's {@link SourceTemplate} as it is kept between runs (the value of the topology's template store): the
 * fingerprints of the lines it remembers, least recently seen first, and in how many different articles each was seen.
 * Two parallel arrays rather than a list of objects: a source's memory is rewritten after each of its articles, and as
 * JSON arrays of numbers it costs about 25 bytes a line and no object per line to read back.
 *
 * @param lines    64-bit line fingerprints, least recently seen first
 * @param articles for each line, the number of different articles of the source that printed it
 */
public record LearnedTemplate(long[] lines, int[] articles) {

    public LearnedTemplate {
        if (lines == null || articles == null || lines.length != articles.length) {
            throw new IllegalArgumentException("a learned template needs as many article counts as lines, not "
                    + (lines == null ? "no lines" : lines.length + " lines") + " and "
                    + (articles == null ? "no counts" : articles.length + " counts"));
        }
    }
}
