package newswire.pipeline;

import java.util.List;
import java.util.function.Function;
import newswire.clean.ArticleCleaner;
import newswire.clean.SourceTemplates;
import newswire.config.NewswireConfig;
import newswire.config.TemplateSettings;
import newswire.enrich.Enricher;
import newswire.extract.ClaimExtractor;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;

/**
 * The stages an article passes through, as plain functions: the topology calls each one as a named processor, and
 * {@code newswire extract} calls {@link #process} on files, so both run the same code. Thread-safe.
 */
public final class ArticlePipeline {

    private final ArticleValidator validator;
    private final Function<RawArticle, CleanArticle> cleaner;
    private final Function<CleanArticle, List<Claim>> extractor;
    private final Enricher enricher;

    public ArticlePipeline(final ArticleValidator validator, final ArticleCleaner cleaner,
                           final ClaimExtractor extractor, final Enricher enricher) {
        this(validator, cleaner::clean, extractor::extract, enricher);
    }

    /** Any cleaning and extraction functions: a seam for tests (a stage that throws) and for alternative stages. */
    public ArticlePipeline(final ArticleValidator validator, final Function<RawArticle, CleanArticle> cleaner,
                           final Function<CleanArticle, List<Claim>> extractor, final Enricher enricher) {
        this.validator = validator;
        this.cleaner = cleaner;
        this.extractor = extractor;
        this.enricher = enricher;
    }

    /** The standard stages, with the limits of {@code config}. */
    public static ArticlePipeline standard(final NewswireConfig config) {
        return new ArticlePipeline(new ArticleValidator(config.maxArticleChars()), ArticleCleaner.standard(),
                ClaimExtractor.standard(), Enricher.standard());
    }

    public RawArticle validate(final String key, final RawArticle raw) {
        return validator.validate(key, raw);
    }

    public CleanArticle clean(final RawArticle raw) {
        return cleaner.apply(raw);
    }

    public ExtractedArticle extract(final CleanArticle article) {
        return new ExtractedArticle(article, extractor.apply(article));
    }

    public ArticleEvent enrich(final ExtractedArticle extracted) {
        return enricher.enrich(extracted.article(), extracted.claims());
    }

    /** Every stage in order, for one article outside Kafka. */
    public ArticleEvent process(final RawArticle raw) {
        return enrich(extract(clean(validate(raw.id(), raw))));
    }

    /** Every stage in order, with the template memory of a series of articles ({@code extract} over files). */
    public ArticleEvent process(final RawArticle raw, final SourceTemplates templates) {
        return enrich(extract(templates.sift(clean(validate(raw.id(), raw)))));
    }

    /**
     * A new template memory with these settings, kept in {@code kept} (null: only in this object). Not thread-safe:
     * the topology makes one per stream task, {@code extract} one per run.
     */
    public static SourceTemplates templates(final TemplateSettings settings, final SourceTemplates.Kept kept) {
        return new SourceTemplates(settings.minArticles(), settings.maxLinesPerSource(), settings.maxSources(), kept);
    }
}
