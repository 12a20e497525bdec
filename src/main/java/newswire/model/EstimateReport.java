package newswire.model;

import java.time.OffsetDateTime;

/**
 * One source's figure for a subject, as one article reported it.
 *
 * @param source the attribution's source, else the article's publisher, else its origin: who says so
 * @param time   when the article was published, else when Newswire read it
 */
public record EstimateReport(Quantity quantity, ClaimStatus status, String source, Attribution attribution,
                             String articleId, String claimId, OffsetDateTime time) {
}
