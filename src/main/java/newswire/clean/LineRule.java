package newswire.clean;

import java.util.regex.Pattern;

/**
 * One class of non-story lines: lines no longer than {@code maxChars} in which {@code pattern} is found are dropped and
 * counted under {@code reason}.
 */
public record LineRule(String reason, int maxChars, Pattern pattern) {

    public boolean matches(final String line) {
        if (line.length() > maxChars) {
            return false;
        }
        // An anchored rule is tried at the start only; find() would step through every position to fail there.
        return pattern.pattern().startsWith("^") ? pattern.matcher(line).lookingAt() : pattern.matcher(line).find();
    }
}
