package newswire.clean;

import java.util.regex.Pattern;

/**
 * One class of non-story lines: lines no longer than {@code maxChars} in which {@code pattern} is found are dropped and
 * counted under {@code reason}.
 */
public record LineRule(String reason, int maxChars, Pattern pattern) {

    public boolean matches(final String line) {
        return line.length() <= maxChars && pattern.matcher(line).find();
    }
}
