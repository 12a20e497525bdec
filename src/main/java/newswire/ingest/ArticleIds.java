package newswire.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids for articles whose producer gave none: the same article always gets the same id, so a replay can be
 * deduplicated downstream, and two different articles never share one, so deduplicating never drops a real story.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** The id of a page by its URL: the same page from any file or run. */
    public static String ofUrl(final String url) {
        return digest(url.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The id of an article known only by where it was found ({@code name}, the file's path relative to the folder
     * published) and its content: two files of the same name in different folders, or the same file after an edit,
     * are different articles.
     */
    public static String of(final String name, final byte[] content) {
        final byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        final byte[] joined = new byte[nameBytes.length + 1 + content.length];
        System.arraycopy(nameBytes, 0, joined, 0, nameBytes.length);
        // A byte no file name holds, so that ("ab", "c") and ("a", "bc") cannot meet.
        joined[nameBytes.length] = 0;
        System.arraycopy(content, 0, joined, nameBytes.length + 1, content.length);
        return digest(joined);
    }

    /** The first 16 hex digits of the SHA-256: 64 bits, far from colliding in any plausible archive. */
    private static String digest(final byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
