package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordClassesTest {

    private static final WordClasses WORDS = new WordClasses(
            List.of("# test rows", "english\tthe of and", "ko\t-은 -는 -에서 -했다"),
            List.of("social\tshare 공유", "account\t로그인 회원가입"), List.of("en\tyou", "ko\t저는"),
            List.of("pointing\tthis 본", "medium\tsite 사이트", "licence\tterms 무단"));

    @Test
    void shouldClassListedWordsWhole() {
        assertThat(WORDS.classOf("the")).isEqualTo(WordClasses.FUNCTION);
        assertThat(WORDS.classOf("share")).isEqualTo(WordClasses.CONTROL);
        assertThat(WORDS.classOf("shares")).isZero();
        assertThat(WORDS.classOf("theory")).isZero();
    }

    @Test
    void shouldClassFirstAndSecondPersonWordsWholeKeepingAKoreanWordsEnding() {
        assertThat(WORDS.classOf("you")).isEqualTo(WordClasses.PERSON);
        assertThat(WORDS.classOf("young")).isZero();
        assertThat(WORDS.classOf("저는")).isEqualTo(WordClasses.PERSON | WordClasses.FUNCTION);
        assertThat(WORDS.classOf("저녁은")).isEqualTo(WordClasses.FUNCTION);
    }

    @Test
    void shouldReadAKoreanWordsGrammarFromItsEnding() {
        assertThat(WORDS.classOf("대통령은")).isEqualTo(WordClasses.FUNCTION);
        assertThat(WORDS.classOf("서울에서")).isEqualTo(WordClasses.FUNCTION);
        assertThat(WORDS.classOf("말했다")).isEqualTo(WordClasses.FUNCTION);
        assertThat(WORDS.classOf("대통령")).isZero();
    }

    @Test
    void shouldNotTakeAWordThatIsOnlyAnEndingForAWordWithThatEnding() {
        assertThat(WORDS.classOf("은")).isZero();
        assertThat(WORDS.classOf("했다")).isZero();
    }

    @Test
    void shouldReadAKoreanControlWordFromItsStem() {
        assertThat(WORDS.classOf("로그인")).isEqualTo(WordClasses.CONTROL);
        assertThat(WORDS.classOf("회원가입하기")).isEqualTo(WordClasses.CONTROL);
        assertThat(WORDS.classOf("공유은")).isEqualTo(WordClasses.CONTROL | WordClasses.FUNCTION);
        assertThat(WORDS.classOf("가입")).isZero();
    }

    @Test
    void shouldClassNoticeWordsAKoreanMediumByItsStemButAPointingWordWhole() {
        assertThat(WORDS.classOf("this")).isEqualTo(WordClasses.POINTING);
        assertThat(WORDS.classOf("site")).isEqualTo(WordClasses.MEDIUM);
        assertThat(WORDS.classOf("terms")).isEqualTo(WordClasses.LICENCE);
        assertThat(WORDS.classOf("사이트의") & WordClasses.MEDIUM).isNotZero();
        assertThat(WORDS.classOf("무단으로") & WordClasses.LICENCE).isNotZero();
        assertThat(WORDS.classOf("본")).isEqualTo(WordClasses.POINTING);
        // "본부" (headquarters) only starts like the pointing word
        assertThat(WORDS.classOf("본부") & WordClasses.POINTING).isZero();
    }

    @Test
    void shouldClassTheStartOfABufferAsTheWordItHolds() {
        for (final String word : List.of("the", "share", "shares", "you", "young", "저는", "저녁은", "공유은", "x", "")) {
            final char[] buffer = (word + "andmore").toCharArray();
            assertThat(WORDS.classOf(buffer, word.length())).as(word).isEqualTo(WORDS.classOf(word));
        }
    }

    @Test
    void shouldClassEveryStandardWordInABufferAsItsString() {
        final WordClasses standard = WordClasses.standard();
        for (final String file : List.of("function-words.tsv", "control-words.tsv", "person-words.tsv",
                "notice-words.tsv")) {
            for (final String row : CleaningPolicy.readResource(file)) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                for (final String listed : row.split("\t", 2)[1].strip().split("\\s+")) {
                    for (final String word : List.of(listed, listed + "s", listed.substring(1))) {
                        final String lower = word.toLowerCase(java.util.Locale.ROOT);
                        assertThat(standard.classOf(lower.toCharArray(), lower.length())).as(lower)
                                .isEqualTo(standard.classOf(lower));
                    }
                }
            }
        }
    }

    @Test
    void shouldFindTheStandardClassesInTheirDataFiles() {
        assertThat(WordClasses.standard().classOf("of")).isEqualTo(WordClasses.FUNCTION);
        assertThat(WordClasses.standard().classOf("댓글쓰기")).isEqualTo(WordClasses.CONTROL);
        assertThat(WordClasses.standard().classOf("정부는")).isEqualTo(WordClasses.FUNCTION);
        assertThat(WordClasses.standard().classOf("via")).isEqualTo(WordClasses.FUNCTION);
        assertThat(WordClasses.standard().classOf("anzeige")).isEqualTo(WordClasses.CONTROL);
        assertThat(WordClasses.standard().classOf("훈훈해요")).isEqualTo(WordClasses.CONTROL);
        assertThat(WordClasses.standard().classOf("your")).isEqualTo(WordClasses.PERSON | WordClasses.FUNCTION);
        assertThat(WordClasses.standard().classOf("여러분은")).isEqualTo(WordClasses.PERSON | WordClasses.FUNCTION);
        assertThat(WordClasses.standard().classOf("us")).isNotEqualTo(WordClasses.PERSON);
    }
}
