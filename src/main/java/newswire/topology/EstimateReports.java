package newswire.topology;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import newswire.estimate.EstimateBook;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.EstimateReport;
import newswire.model.EstimateSubject;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Turns each claim of an event that makes a report ({@link EstimateBook#makesReport}: a figure and a known actor)
 * into a report on the subject it is about. It runs before the
 * dedupe, on every article, although only originals' reports are counted: before the first repartition a failure here
 * reaches the dead-letter topic with the article's original key and bytes, after it the dead letter could only hold
 * an internal record. The reports travel with the event through the dedupe, and what runs after the repartitions only
 * routes them and adds them up. The event leaves here written ({@link PreparedEvent}).
 */
final class EstimateReports
        extends ContextualFixedKeyProcessor<String, ArticleEvent, PreparedEvent> {

    /** A report on its way to the subject's estimate. */
    record SubjectReport(EstimateSubject subject, EstimateReport report) {
    }

    @Override
    public void process(final FixedKeyRecord<String, ArticleEvent> record) {
        final ArticleEvent event = record.value();
        final OffsetDateTime readAt = OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC);
        final List<SubjectReport> reports = new ArrayList<>();
        for (final Claim claim : event.claims()) {
            if (EstimateBook.makesReport(claim)) {
                reports.add(new SubjectReport(EstimateBook.subjectOf(claim),
                        EstimateBook.reportOf(claim, event, readAt)));
            }
        }
        context().forward(record.withValue(PreparedEvent.of(event, reports)));
    }
}
