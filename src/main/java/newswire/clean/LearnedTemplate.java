package newswire.clean;

import java.nio.ByteBuffer;

/**
 * A source's {@link SourceTemplate} as it is kept between runs (the value of the topology's template store): the lines
 * it remembers, least recently seen first, each as {@value #LINE_BYTES} bytes, its 64-bit fingerprint then the number
 * of different articles of the source that printed it (big-endian). Packed rather than a list of objects or arrays of
 * JSON numbers: a source's memory is written after each of its articles, and as JSON numbers the default 500 lines
 * took longer to write and read than the cleaner takes for the article (docs/templates.md, Speed); packed, the JSON
 * serde writes it as one base64 string of 16 characters a line.
 *
 * @param lines the packed lines, least recently seen first
 */
public record LearnedTemplate(byte[] lines) {

    static final int LINE_BYTES = Long.BYTES + Integer.BYTES;

    public LearnedTemplate {
        if (lines == null || lines.length % LINE_BYTES != 0) {
            throw new IllegalArgumentException("a learned template is " + LINE_BYTES + " bytes a line, not "
                    + (lines == null ? "null" : lines.length + " bytes"));
        }
    }

    int size() {
        return lines.length / LINE_BYTES;
    }

    ByteBuffer read() {
        return ByteBuffer.wrap(lines).asReadOnlyBuffer();
    }
}
