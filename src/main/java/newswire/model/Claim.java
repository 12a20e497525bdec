package newswire.model;

/**
 * One structured claim read from an article, with the evidence for it.
 *
 * @param id          stable: the article id, the kind and the evidence offset
 * @param unit        what is counted, as written ("special forces", "troops", "missiles")
 * @param actor       whose troops, whose weapons, who did the killing; null when the text does not say (the actor
 *                    is unknown: such a claim is published but makes no estimate)
 * @param destination where they are sent, or null
 * @param location    where it happened, or null
 * @param confidence  0–1, higher when more cues agreed
 */
public record Claim(String id, String articleId, ClaimKind kind, Quantity quantity, String unit, Party actor,
                    Party destination, Party location, ClaimStatus status, Attribution attribution, Evidence evidence,
                    double confidence) {
}
