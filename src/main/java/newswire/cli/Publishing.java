package newswire.cli;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import newswire.config.NewswireConfig;
import newswire.ingest.ArticleFiles;
import newswire.ingest.ArticleFiles.ArticleFile;
import newswire.model.RawArticle;
import newswire.runtime.ArticlePublisher;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;

/** Publishing files of articles, shared by {@code publish} and {@code demo}. */
final class Publishing {

    private Publishing() {
    }

    /**
     * Publishes every article of {@code files} and waits until the broker has them all.
     *
     * @param raw send each file's bytes verbatim instead of parsing it into articles
     * @return the number of records published
     */
    static long publish(final NewswireConfig config, final List<ArticleFile> files, final boolean raw,
                        final Logger log) throws InterruptedException {
        long published = 0;
        try (ArticlePublisher publisher = new ArticlePublisher(config)) {
            final List<Future<RecordMetadata>> sends = new java.util.ArrayList<>();
            for (final ArticleFile file : files) {
                if (raw) {
                    final byte[] bytes = file.bytes();
                    sends.add(publisher.publishBytes(ArticleFiles.rawKey(file, bytes), bytes));
                } else {
                    for (final RawArticle article : ArticleFiles.read(file)) {
                        sends.add(publisher.publish(article));
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
        log.info("Published {} record{} from {} file{} to {}", published, published == 1 ? "" : "s", files.size(),
                files.size() == 1 ? "" : "s", config.topics().raw());
        return published;
    }
}
