/**
 * The messages that flow through Newswire, as immutable records whose JSON field names are the topic contract
 * ({@code DESIGN.md}). No Kafka types live here.
 */
package newswire.model;
