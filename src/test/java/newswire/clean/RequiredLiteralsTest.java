package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the prefilter of the line rules reads out of a pattern, and that it never promises what a match lacks. */
class RequiredLiteralsTest {

    @Test
    void shouldRequireALiteralPattern() {
        assertThat(RequiredLiterals.of("all rights reserved")).contains(Set.of("all rights reserved"));
    }

    @Test
    void shouldFoldCaseAsTheRulesMatch() {
        assertThat(RequiredLiterals.of("Copyright")).contains(Set.of("copyright"));
        assertThat(RequiredLiterals.fold('K')).isEqualTo('k');
        assertThat(RequiredLiterals.fold('\u212A')).isEqualTo('k'); // the Kelvin sign, which UNICODE_CASE matches as k
    }

    @Test
    void shouldRequireOneOfTheAlternatives() {
        assertThat(RequiredLiterals.of("^(share|subscribe|print)(\\s*\\d+)?$"))
                .contains(Set.of("share", "subscribe", "print"));
    }

    @Test
    void shouldSpellOutOptionalPartsWhileTheyAreFew() {
        assertThat(RequiredLiterals.of("^(listen to (this )?(article|story))"))
                .contains(Set.of("listen to article", "listen to story", "listen to this article",
                        "listen to this story"));
        assertThat(RequiredLiterals.of("^e-?mail$")).contains(Set.of("email", "e-mail"));
    }

    @Test
    void shouldSpellOutSmallCharacterClasses() {
        assertThat(RequiredLiterals.of("^글[자씨] 크기")).contains(Set.of("글자 크기", "글씨 크기"));
        assertThat(RequiredLiterals.of("^(text|font)[ -]size\\b"))
                .contains(Set.of("text size", "text-size", "font size", "font-size"));
    }

    @Test
    void shouldTakeTheMostSelectiveRunAroundAGap() {
        // "학습" and "ai|인공지능" are as long; the single string wakes the rule less often than "ai" in "said".
        assertThat(RequiredLiterals.of("(ai|인공지능)\\s*학습\\s*금지")).contains(Set.of("학습"));
        assertThat(RequiredLiterals.of("copyright\\s*(©|ⓒ|\\(c\\)|\\d{4})")).contains(Set.of("copyright"));
    }

    @Test
    void shouldLeaveOutALiteralThatContainsAnotherOfTheSet() {
        // "(reporting by" cannot occur without "reporting by": the longer one adds only work.
        assertThat(RequiredLiterals.of("^\\(?(reporting by|written by)\\b")).contains(Set.of("reporting by", "written by"));
    }

    @Test
    void shouldRequireWhatOneRepetitionRequires() {
        assertThat(RequiredLiterals.of("^(가\\s*){2,5}$")).contains(Set.of("가"));
    }

    @Test
    void shouldIgnoreWhatALookaroundChecks() {
        assertThat(RequiredLiterals.of("(?<!not )subscribe(?= now)")).contains(Set.of("subscribe"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".*", "^(foo|.*)$", "(?i)share", "\\Qshare\\E", "(a)\\1", "[a-z]{3}",
            "x*", "[^abc]", "share|", "(unclosed", "[!-\\]]", "[a-[b]]", "[z-a]", "x😀?", "𐐀"})
    void shouldPromiseNothingWhenTheMatchNeedNotContainALiteralOrTheSyntaxIsUnknown(final String regex) {
        assertThat(RequiredLiterals.of(regex)).isEmpty();
    }

    @Test
    void shouldOnlyPromiseLiteralsThatEveryMatchContains() {
        final String[] patterns = {"^(more|related( stories| posts)?)\\s?([:：.…]+.{0,40})?$",
                "기사(가|는)?\\s*(마음에|도움이)\\s*(드셨|되셨|되었)", "^\\(?(reporting by|written by)\\b"};
        final String[] lines = {"More: the rest", "Related posts…", "related", "기사가 마음에 드셨나요", "기사 도움이 되었다",
                "(Reporting by A; writing by B)", "Written by Jane"};
        int matched = 0;
        for (final String regex : patterns) {
            final Set<String> required = RequiredLiterals.of(regex).orElseThrow();
            final Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (final String line : lines) {
                if (pattern.matcher(line).find()) {
                    matched++;
                    final String folded = fold(line);
                    assertThat(required).as("%s on %s", regex, line).anyMatch(folded::contains);
                }
            }
        }
        assertThat(matched).isEqualTo(lines.length);
    }

    private static String fold(final String text) {
        final StringBuilder folded = new StringBuilder();
        text.chars().forEach(c -> folded.append(RequiredLiterals.fold((char) c)));
        return folded.toString();
    }
}
