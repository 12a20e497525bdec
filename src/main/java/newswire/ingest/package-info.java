/** Reading articles from files: the one place that knows how {@code .txt}, {@code .html} and {@code .jsonl} become {@code RawArticle}s. No Kafka types. */
package newswire.ingest;
