package newswire.model;

/**
 * One structured claim read from an article, with the evidence for it.
 *
 * @param id          stable: the article id, the kind and the evidence offset
 * @param unit        what is counted, as written ("special forces", "troops", "missiles")
 * @param actor       whose troops, whose weapons
 * @param destination where they are sent, or null
 * @param location    where it happened, or null
 * @param confidence  0–1, higher when more cues agreed
 */
public record Claim(String id, String articleId, ClaimKind kind, Quantity quantity, String unit, Party actor,
                    Party destination, Party location, ClaimStatus status, Attribution attribution, Evidence evidence,
                    double confidence) {
}
