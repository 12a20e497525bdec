package newswire.clean;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The knobs of {@link ArticleCleaner}, in one place. The rules themselves (which lines are chrome, which names mean which
 * publisher) are policy and live in {@link CleaningPolicy}; these are the limits and defaults of the mechanism.
 *
 * @param maxInputChars       longest raw body accepted; longer input is rejected rather than cleaned slowly
 * @param maxRuleLineChars    lines longer than this are story text by definition and never run through the line rules,
 *                            which keeps rule matching cheap on a 1 MB line
 * @param maxGarbledShare     a paragraph with more than this share of U+FFFD (bytes that were not UTF-8) is dropped
 * @param koreaZone           zone of times printed without an offset by Korean portals and publishers
 * @param defaultZone         zone of times printed without an offset by anybody else
 * @param languageSampleChars how much of the body the language detector reads
 * @param languages           ISO 639-1 codes the language detector chooses among
 */
public record CleaningOptions(int maxInputChars, int maxRuleLineChars, double maxGarbledShare, ZoneId koreaZone,
                              ZoneId defaultZone, int languageSampleChars, List<String> languages) {

    public CleaningOptions {
        languages = List.copyOf(languages);
        if (maxInputChars <= 0 || maxRuleLineChars <= 0 || languageSampleChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static CleaningOptions defaults() {
        // 16 M chars is three times the largest article we have seen, still cleaned in well under a second.
        return new CleaningOptions(16_000_000, 400, 0.2, ZoneId.of("Asia/Seoul"), ZoneOffset.UTC, 1_000,
                List.of("en", "ko", "ja", "zh-CN", "ru", "uk", "de", "fr", "es", "pt", "it", "id"));
    }
}
