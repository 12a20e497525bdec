/**
 * A real single-node Kafka cluster inside this JVM, for the {@code demo} command, the benchmark and integration
 * tests: {@link newswire.broker.EmbeddedBroker}. This is the only package that touches Kafka's server classes
 * ({@code kafka.server}, {@code org.apache.kafka.metadata.storage}, {@code org.apache.kafka.server.common}); the rest of
 * Newswire sees a bootstrap address and nothing else.
 */
package newswire.broker;
