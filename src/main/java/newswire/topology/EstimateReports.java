package newswire.topology;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import newswire.estimate.EstimateBook;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.EstimateReport;
import newswire.model.EstimateSubject;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/** Turns each claim of an event that states a figure into a report keyed by the subject it is about. */
final class EstimateReports extends ContextualProcessor<String, ArticleEvent, String, EstimateReports.SubjectReport> {

    /** A report on its way to the subject's estimate. */
    record SubjectReport(EstimateSubject subject, EstimateReport report) {
    }

    @Override
    public void process(final Record<String, ArticleEvent> record) {
        final OffsetDateTime readAt = OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC);
        for (final Claim claim : record.value().claims()) {
            if (!EstimateBook.hasFigure(claim)) {
                continue;
            }
            final EstimateSubject subject = EstimateBook.subjectOf(claim);
            context().forward(record.withKey(subject.key())
                    .withValue(new SubjectReport(subject, EstimateBook.reportOf(claim, record.value(), readAt))));
        }
    }
}
