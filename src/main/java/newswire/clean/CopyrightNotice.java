package newswire.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the holder's name out of a copyright line: "Copyright 2024 Example Herald. All rights reserved." */
final class CopyrightNotice {

    private static final Pattern LEAD = Pattern.compile(
            "^.{0,40}?(?:copyright|저작권자|©|ⓒ|\\(c\\))\\s?(?:©|ⓒ|\\(c\\))?\\s?(?:\\d{4}(?:\\s?[-–]\\s?\\d{4})?)?[\\s,.]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAIL = Pattern.compile(
            "(?:[.,|/]|(?:^|\\s)(?:all rights|무단|재배포|ai\\s?학습|www\\.|https?://)|[(<>]).*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\d&'’ -]{2,60}");

    private CopyrightNotice() {
    }

    static Optional<String> holder(final String line) {
        if (line.length() > 300) {
            return Optional.empty();
        }
        final java.util.regex.Matcher lead = LEAD.matcher(line);
        if (!lead.lookingAt()) {
            return Optional.empty();
        }
        final String name = TAIL.matcher(line.substring(lead.end())).replaceFirst("").strip();
        if (!NAME.matcher(name).matches() || name.split(" ").length > 6 || name.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
