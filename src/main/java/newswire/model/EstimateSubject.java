package newswire.model;

/**
 * What an estimate is about: a kind of claim, whose, and where to or where. The key on {@code news.estimates} is
 * {@code kind:ACTOR>DESTINATION} ({@code troops:PRK>RUS}), {@code kind:ACTOR@LOCATION} when the claim names a
 * location instead, or {@code kind:ACTOR}. The actor is always known: a claim that does not say whose makes no
 * estimate. A destination or location without a code is {@code ?}.
 */
public record EstimateSubject(String key, ClaimKind kind, Party actor, Party destination, Party location) {
}
