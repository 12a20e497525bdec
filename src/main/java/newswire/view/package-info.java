/**
 * The live web view: a reader of the output topics like any downstream consumer, so every instance serves the whole
 * view. {@link newswire.view.TopicFeed} reads the topics (no consumer group, from a bounded lookback) into
 * {@link newswire.view.ViewModel}, a bounded model in plain Java; {@link newswire.view.WebView} serves the page from
 * the jar and the model, with the estimates of all instances, as JSON the page polls.
 */
package newswire.view;
