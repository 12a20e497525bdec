package newswire.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import newswire.config.NewswireConfig;
import newswire.ingest.ArticleFiles;
import newswire.ingest.ArticleFiles.ArticleFile;
import newswire.ingest.ArticleFiles.Listing;
import newswire.ingest.ArticleRecords;
import newswire.ingest.ArticleRecords.Entry;
import newswire.ingest.ArticleRecords.Parsed;
import newswire.runtime.ArticlePublisher;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Publishing files of articles, shared by {@code publish} and {@code demo}. */
final class Publishing {

    private Publishing() {
    }

    /** What was published, from how many files, and one line for each file or record passed over. */
    record Outcome(long published, int files, List<String> passedOver) {
        String describe(final String topic) {
            return "Published " + published + " record" + (published == 1 ? "" : "s") + " from " + files + " file"
                    + (files == 1 ? "" : "s") + " to " + topic
                    + (passedOver.isEmpty() ? "" : "; passed over " + passedOver.size() + " (listed above)");
        }
    }

    /**
     * Publishes every article of the listing and waits until the broker has them all. Each file or record passed over
     * is printed on {@code err} as it is met, with the reason (a bad line of a {@code .jsonl} with its number); the
     * file's other records are published all the same.
     *
     * @param raw send each file's bytes verbatim instead of reading it as articles
     */
    static Outcome publish(final NewswireConfig config, final Listing listing, final boolean raw,
                           final PrintWriter err) throws InterruptedException {
        final List<String> passedOver = new ArrayList<>();
        listing.skipped().forEach(skipped -> passedOver.add("skipped " + skipped));
        passedOver.forEach(err::println);
        long published = 0;
        try (ArticlePublisher publisher = new ArticlePublisher(config)) {
            final List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (final ArticleFile file : listing.files()) {
                if (raw) {
                    final byte[] bytes = file.bytes();
                    sends.add(publisher.publishBytes(ArticleFiles.rawKey(file, bytes), bytes));
                    continue;
                }
                for (final Entry entry : ArticleRecords.read(file)) {
                    if (entry instanceof Parsed parsed) {
                        sends.add(publisher.publish(parsed.article()));
                    } else {
                        final String line = "skipped " + entry;
                        passedOver.add(line);
                        err.println(line);
                    }
                }
            }
            publisher.flush();
            for (final Future<RecordMetadata> send : sends) {
                try {
                    send.get();
                    published++;
                } catch (final ExecutionException e) {
                    throw new IllegalStateException("cannot publish to " + config.topics().raw() + ": "
                            + e.getCause().getMessage(), e.getCause());
                }
            }
        }
        err.flush();
        return new Outcome(published, listing.files().size(), passedOver);
    }
}
