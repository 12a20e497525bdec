/**
 * Combining claims across articles into one estimate per subject: which subject a claim is about, and how a new report
 * changes what the sources together say. Plain Java, no Kafka types; the topology keeps the state.
 */
package newswire.estimate;
