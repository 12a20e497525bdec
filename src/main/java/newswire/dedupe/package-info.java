/**
 * Near-duplicates, in one room: which articles are the same story and the Kafka Streams stage that finds them.
 * {@link newswire.dedupe.Dedupe#attach} is the one entry point; {@link newswire.dedupe.Sketch} (MinHash of shingles,
 * and the words that name facts), {@link newswire.dedupe.SameStory} (the rule and its LSH bands) and
 * {@link newswire.dedupe.SimHash} (the clean article's fingerprint) are plain Java without Kafka types. The choices and
 * their measurements: docs/dedupe.md.
 */
package newswire.dedupe;
