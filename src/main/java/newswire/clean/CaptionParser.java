package newswire.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a photo caption by the credit it ends with: "… on July 12. [PRESIDENTIAL OFFICE]", "[KCNA/YONHAP]",
 * "[연합뉴스]", "(사진=연합뉴스)". The credit is found by looking at the line's last bracket, not by a regex over the whole
 * line, so a caption check costs one scan however long the line is.
 */
final class CaptionParser {

    private static final int MAX_CAPTION = 400;
    /** An agency or office in capitals (YONHAP, KCNA/YONHAP, PRESIDENTIAL OFFICE, AP/NEWSIS) or in Hangul. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:사진|자료사진|그래픽|photo|image)?\\s?[=:]?\\s?"
                    + "(\\p{Lu}[\\p{Lu}\\d.&'-]{0,30}(?:[ /·]\\p{Lu}[\\p{Lu}\\d.&'-]{0,30}){0,5}|[가-힣][가-힣A-Za-z\\d ·/]{1,30})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALS_CREDIT = Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\d.&'-]{0,30}(?:[ /·]\\p{Lu}[\\p{Lu}\\d.&'-]{0,30}){0,5}");
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\d.&'-]{0,20}\\s?)?(?i:photo|image|getty|credit)\\b"
                    + "|^\\p{Lu}[\\p{L}\\d.&'-]{0,20}(?:/\\p{Lu}[\\p{L}\\d.&' -]{0,30})+$");
    private static final Pattern PHOTO_PREFIX = Pattern.compile("^(?:사진|자료사진|그래픽|photo|image)\\s?[=:]\\s?",
            Pattern.CASE_INSENSITIVE);

    private CaptionParser() {
    }

    /** The caption and its credit when {@code line} is a credited photo caption. */
    static Optional<newswire.model.Caption> parse(final String line) {
        final String text = line.strip();
        if (text.length() < 3 || text.length() > MAX_CAPTION) {
            return Optional.empty();
        }
        final char last = text.charAt(text.length() - 1);
        final int open = last == ']' ? text.lastIndexOf('[') : last == ')' ? text.lastIndexOf('(') : -1;
        if (open < 0) {
            return Optional.empty();
        }
        final String inside = text.substring(open + 1, text.length() - 1).strip();
        final boolean photoPrefixed = PHOTO_PREFIX.matcher(inside).find();
        // Round brackets are too common in story text; they credit a picture only as "(사진=…)", "(AP Photo/…)" or a
        // slash-separated list of agencies after a finished sentence: "… of Titan. (NASA/JPL-Caltech/ASU)".
        if (last == ')' && !photoPrefixed) {
            final String before = text.substring(0, open).strip();
            final boolean afterSentence = !before.isEmpty() && ".!?".indexOf(before.charAt(before.length() - 1)) >= 0;
            if (afterSentence && inside.length() <= 60 && PAREN_CREDIT.matcher(inside).find()) {
                return Optional.of(new newswire.model.Caption(before, inside));
            }
            return Optional.empty();
        }
        final String credit = PHOTO_PREFIX.matcher(inside).replaceFirst("").strip();
        final boolean looksLikeCredit = photoPrefixed ? CREDIT.matcher(credit).matches() || credit.length() <= 30
                : CAPITALS_CREDIT.matcher(credit).matches() || isHangulCredit(credit);
        if (credit.isEmpty() || !looksLikeCredit) {
            return Optional.empty();
        }
        final String caption = text.substring(0, open).strip();
        return Optional.of(new newswire.model.Caption(caption, credit));
    }

    /** "[연합뉴스]", "[뉴시스]", "[국방부 제공]": a short Hangul name, not a bracketed Korean remark in a sentence. */
    private static boolean isHangulCredit(final String credit) {
        return credit.length() <= 15 && TextNormalizer.containsHangul(credit) && credit.chars().noneMatch(c -> c == '.');
    }
}
