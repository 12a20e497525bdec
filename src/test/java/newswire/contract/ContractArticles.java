package newswire.contract;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newswire.ingest.ArticleRecords;
import newswire.model.RawArticle;
import newswire.testing.DevArticles;

/**
 * The articles the contract tests run through the real pipeline: the seed folder and the labelled development set
 * ({@link DevArticles}), read exactly as {@code newswire publish} reads them.
 */
final class ContractArticles {

    static final Path SEEDS = Path.of("seeds");
    static final Path DEV = DevArticles.FOLDER;

    private ContractArticles() {
    }

    /** The seed article the design and the topology test describe (the NIS report of 1,500 special forces). */
    static RawArticle seed() {
        return all().stream().filter(article -> "000_23a076b1477290e0.txt".equals(article.source())).findFirst()
                .orElseThrow(() -> new IllegalStateException("seeds/000_23a076b1477290e0.txt is missing"));
    }

    static List<RawArticle> all() {
        // The dev folder's files one by one: its expected.json holds the labels, not an article
        final List<RawArticle> articles = ArticleRecords.readAll(Stream.concat(Stream.of(SEEDS),
                DevArticles.names().stream().map(DEV::resolve)).toList());
        if (articles.size() < 11) {
            throw new IllegalStateException("expected the seed and ten dev articles, found " + articles.size());
        }
        return articles;
    }
}
