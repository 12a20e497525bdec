/**
 * Cleaning: turns a {@link newswire.model.RawArticle} (a portal's text copy or a whole HTML page) into a
 * {@link newswire.model.CleanArticle}. No Kafka types here; the topology calls {@link newswire.clean.ArticleCleaner}.
 *
 * <p>Policy and mechanism are apart, as in jsoup's Safelist and Cleaner:
 * <ul>
 * <li>{@link newswire.clean.CleaningPolicy} is the policy, read from data files beside these classes:
 * {@code line-rules.tsv} (the chrome, feedback and copyright lines that their words cannot decide, as regular expressions
 * with a length cap; a short line of control words is chrome by its words, {@code LineFeatures.controlsOnly})
 * and {@code publishers.tsv} (publisher names in Korean, English and as domains);</li>
 * <li>{@link newswire.clean.CleaningOptions} holds the limits and defaults (input size, zones, language list);</li>
 * <li>{@link newswire.clean.ArticleCleaner} is the mechanism: a reader per input kind ({@code PlainTextReader},
 * {@code HtmlPageReader}) fills a draft, {@code DraftSifter} applies the line rules and the byline, time and caption
 * parsers, and the cleaner adds language ({@code LanguageGuesser}) and a SimHash fingerprint ({@link newswire.dedupe.SimHash}).</li>
 * </ul>
 * Everything runs in time linear in the input: rules never see lines longer than their cap, anchored rules are tried at
 * the line start only, and tree walks over HTML are iterative. It is fast too: one scan of a line for the literals the
 * rules need ({@code RequiredLiterals}, {@code LineRuleIndex}) decides which of the forty-one rules run on it, usually none;
 * Korean and English are told apart without n-grams.
 */
package newswire.clean;
