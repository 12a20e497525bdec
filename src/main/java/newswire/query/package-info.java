/**
 * Interactive queries: the estimates state store served over HTTP, each request answered by the instance that holds
 * the subject, whichever instance it reached.
 */
package newswire.query;
