package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
    void shouldClassAWordInsideABufferAsTheWordItIs() {
        for (final String word : List.of("the", "share", "shares", "you", "young", "저는", "저녁은", "공유은", "x")) {
            final char[] buffer = ("and" + word + "more").toCharArray();
            assertThat(WORDS.classOf(buffer, 3, word.length(), word.hashCode())).as(word)
                    .isEqualTo(WORDS.classOf(word));
        }
        assertThat(WORDS.classOf("shares".toCharArray(), 0, 5, "share".hashCode())).isEqualTo(WordClasses.CONTROL);
        assertThat(WORDS.classOf("저녁은요".toCharArray(), 0, 3, "저녁은".hashCode())).isEqualTo(WordClasses.FUNCTION);
    }

    @Test
    void shouldClassEveryStandardWordWithTheClassOfItsFile() {
        final WordClasses standard = WordClasses.standard();
        final Map<String, Integer> bitsByFile = Map.of("function-words.tsv", WordClasses.FUNCTION,
                "control-words.tsv", WordClasses.CONTROL, "person-words.tsv", WordClasses.PERSON);
        bitsByFile.forEach((file, bits) -> {
            for (final String row : CleaningPolicy.readResource(file)) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                for (final String listed : row.split("\t", 2)[1].strip().split("\\s+")) {
                    final String lower = listed.toLowerCase(java.util.Locale.ROOT);
                    // a Korean ending is listed after a hyphen, and classes a word that ends with it
                    final String word = lower.startsWith("-") ? "가" + lower.substring(1) : lower;
                    assertThat(standard.classOf(word) & bits).as(word).isEqualTo(bits);
                }
            }
        });
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
