package newswire.model;

/**
 * What an estimate is about: a kind of claim, whose, and where to or where. The key on {@code news.estimates} is
 * {@code kind:ACTOR>DESTINATION} ({@code troops:PRK>RUS}), {@code kind:ACTOR@LOCATION} when the claim names a
 * location instead, or {@code kind:ACTOR}; an unknown actor is {@code ?}.
 */
public record EstimateSubject(String key, ClaimKind kind, Party actor, Party destination, Party location) {
}
