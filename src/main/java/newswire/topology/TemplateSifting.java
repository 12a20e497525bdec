package newswire.topology;

import newswire.clean.LearnedTemplate;
import newswire.clean.SourceTemplates;
import newswire.config.TemplateSettings;
import newswire.model.CleanArticle;
import newswire.pipeline.ArticlePipeline;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The template memory of one stream task: drops from each clean article the lines its source printed in many earlier
 * articles (docs/templates.md). The working memory is in this object; the store, keyed by source, is its
 * changelog-backed copy, read only for a source this task has not met since it started and written after each article.
 */
final class TemplateSifting implements FixedKeyProcessor<String, CleanArticle, CleanArticle> {

    private final TemplateSettings settings;
    private FixedKeyProcessorContext<String, CleanArticle> context;
    private SourceTemplates templates;

    TemplateSifting(final TemplateSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, CleanArticle> context) {
        this.context = context;
        final KeyValueStore<String, LearnedTemplate> store = context.getStateStore(NewswireTopology.TEMPLATES_STORE);
        templates = ArticlePipeline.templates(settings, SourceTemplates.Kept.by(store::get, store::put));
    }

    @Override
    public void process(final FixedKeyRecord<String, CleanArticle> record) {
        context.forward(record.withValue(templates.sift(record.value())));
    }
}
