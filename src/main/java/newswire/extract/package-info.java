/**
 * Reads structured claims from clean articles: troops sent, people killed, wounded, captured or displaced, weapons
 * fired or delivered; how many (value, bounds, approximate), whose and where to, how firmly (reported, planned,
 * possible, denied) and who says so. No Kafka types live here.
 *
 * <p>{@link newswire.extract.ClaimExtractor} is the entry point; {@link newswire.extract.Gazetteer} resolves places
 * and organisations (also for the enrichment stage). The rules are data, in the resources next to this package:
 * <ul>
 *   <li>{@code lexicon.tsv}: nouns, verbs and cues per kind, number words, qualifiers, status and attribution cues,
 *       and the words that make a number a measure rather than a count;</li>
 *   <li>{@code gazetteer.tsv}, written by hand: countries with demonyms, capitals and metonyms, cities and regions
 *       with their country, organisations with their short names, Korean forms included;</li>
 *   <li>{@code world.tsv}, generated (see {@code docs/gazetteer.md}): every ISO 3166 country by its English and
 *       Korean names, capitals and demonyms;</li>
 *   <li>{@code gazetteer-ambiguous.tsv}: how names that are ordinary words, given names or other places too are
 *       matched, each with its reason.</li>
 * </ul>
 *
 * <p>The pipeline, one class each: {@code SentenceSplitter} and {@code Tokenizer} (one linear pass each, no regular
 * expressions), {@code QuantityReader} (numbers and qualifiers; {@code NumberReader} and {@code NonCounts} under it),
 * {@code AttributionFinder} (speakers and sources), and the claim grammar: {@code CountedNounFinder} (what a number
 * counts; {@code KoreanNouns}, {@code ThingNouns}, {@code ContainerNouns}, {@code PluralNouns}; and
 * {@code PeopleBesideOthers}, the people counted besides "and N others"), {@code PredicateFinder} (what happened
 * to it, and so the kind; {@code EnglishClauses}, {@code KoreanClauses}), {@code RoleFinder} (whose, and where to),
 * {@code StatusReader} (reported, planned, possible, denied), {@code KoreanSubCounts} (Korean counts that are a part
 * of a figure, not one of their own). {@code ClaimExtractor} puts them together, one number at a time. Every look-around is bounded, so extraction stays linear on hostile input.
 */
package newswire.extract;
