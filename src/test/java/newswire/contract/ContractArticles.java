package newswire.contract;

import java.nio.file.Path;
import java.util.List;
import newswire.ingest.ArticleFiles;
import newswire.model.RawArticle;

/**
 * The articles the contract tests run through the real pipeline: the seed folder and the labelled development set
 * (a vendored copy of the project's dev articles: portal text copies, an English wire story, a Korean one, a whole HTML
 * page), read exactly as {@code newswire publish} reads them.
 */
final class ContractArticles {

    static final Path SEEDS = Path.of("seeds");
    static final Path DEV = Path.of("src/test/resources/dev-articles");

    private ContractArticles() {
    }

    static List<RawArticle> all() {
        final List<RawArticle> articles = ArticleFiles.list(List.of(SEEDS, DEV)).stream()
                .flatMap(file -> ArticleFiles.read(file).stream()).toList();
        if (articles.size() < 11) {
            throw new IllegalStateException("expected the seed and ten dev articles, found " + articles.size());
        }
        return articles;
    }
}
