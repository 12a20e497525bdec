/**
 * Near-duplicate detection by fingerprint: which articles to compare (locality-sensitive hashing bands) and when two
 * are the same story. Plain Java, no Kafka types; the topology keeps the index.
 */
package newswire.dedupe;
