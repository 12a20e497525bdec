package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {

    private static final WordClasses WORDS = new WordClasses(List.of("en\tthe on of to us via -은"),
            List.of("social\tshare follow facebook 공유", "navigation\tmore close", "lists\tmost popular"),
            List.of("en\tyou your"),
            List.of("pointing\tthis our 본", "medium\tsite web copy 사이트", "licence\tterms reproduced 무단"));

    @Test
    void shouldCallALineOfControlWordsControlsOnly() {
        assertThat(LineFeatures.of("Share", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("Share on Facebook", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("Follow us on Facebook", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("MOST POPULAR", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("공유하기 12", WORDS).controlsOnly()).isTrue();
        assertThat(LineFeatures.of("More…", WORDS).controlsOnly()).isTrue();
    }

    @Test
    void shouldNotCallALineControlsOnlyWhenItSaysSomethingOrLeadsWithAnotherWord() {
        // A word of neither class: the line says something.
        assertThat(LineFeatures.of("Share prices fell", WORDS).controlsOnly()).isFalse();
        assertThat(LineFeatures.of("Close to the border", WORDS).controlsOnly()).isFalse();
        // Grammar outweighs the controls: "to the" is a phrase, not a button.
        assertThat(LineFeatures.of("Close to the", WORDS).controlsOnly()).isFalse();
        // A label starts with what it does; a clause about controls starts elsewhere.
        assertThat(LineFeatures.of("Us on Facebook", WORDS).controlsOnly()).isFalse();
        assertThat(LineFeatures.of("12 34", WORDS).controlsOnly()).isFalse();
        assertThat(LineFeatures.of("", WORDS).controlsOnly()).isFalse();
    }

    @Test
    void shouldCallALabelOfControlsBeforeAColonAPointer() {
        assertThat(LineFeatures.of("Share: the council's plan for the pier", WORDS).pointer()).isTrue();
        assertThat(LineFeatures.of("[More on Facebook: Ferry pier closes for repairs]", WORDS).pointer()).isTrue();
        assertThat(LineFeatures.of("Most popular | Weekend forecast brings rain", WORDS).pointer()).isTrue();
        assertThat(LineFeatures.of("공유: 부두 수리 계획", WORDS).pointer()).isTrue();
    }

    @Test
    void shouldNotCallALineAPointerWhenItsLabelSaysSomethingOrNothingFollows() {
        // a word of neither class in the label: a heading or a speaker, not a control
        assertThat(LineFeatures.of("Share prices: down three percent", WORDS).pointer()).isFalse();
        assertThat(LineFeatures.of("Update: the pier reopened on Friday", WORDS).pointer()).isFalse();
        // the label ends in a function word: a clause ("Most of the: …" is not a phrase that points anywhere)
        assertThat(LineFeatures.of("Close to the: border crossing", WORDS).pointer()).isFalse();
        // a long label is a clause too
        assertThat(LineFeatures.of("Follow us on the most popular: pages", WORDS).pointer()).isFalse();
        // nothing after the colon: a label on its own, decided by its control words
        assertThat(LineFeatures.of("Share:", WORDS).pointer()).isFalse();
        assertThat(LineFeatures.of("More: 12", WORDS).pointer()).isFalse();
        // a colon later in a sentence
        assertThat(LineFeatures.of("The pier will close, officials said: the piles had rotted", WORDS).pointer()).isFalse();
    }

    @Test
    void shouldMeasureTheShareOfFirstAndSecondPersonWords() {
        assertThat(LineFeatures.of("Get it in your inbox", WORDS).personShare()).isEqualTo(0.2);
        assertThat(LineFeatures.of("The pier will close on Friday", WORDS).personShare()).isZero();
    }

    @Test
    void shouldTellARelativeTimeInAnyCaseOrScript() {
        assertThat(LineFeatures.of("3 hours ago", WORDS).relativeTime()).isTrue();
        assertThat(LineFeatures.of("Updated 12 MINS AGO", WORDS).relativeTime()).isTrue();
        assertThat(LineFeatures.of("2 Days Ago · Sport", WORDS).relativeTime()).isTrue();
        assertThat(LineFeatures.of("5분 전", WORDS).relativeTime()).isTrue();
        assertThat(LineFeatures.of("속보 3시간전", WORDS).relativeTime()).isTrue();
    }

    @Test
    void shouldNotTakeADateOrAWordThatHoldsAgoForARelativeTime() {
        assertThat(LineFeatures.of("2024. 10. 21. 18:59", WORDS).relativeTime()).isFalse();
        assertThat(LineFeatures.of("Chicago 3, Boston 2", WORDS).relativeTime()).isFalse();
        assertThat(LineFeatures.of("Agora 7 opens", WORDS).relativeTime()).isFalse();
        assertThat(LineFeatures.of("전쟁 3년", WORDS).relativeTime()).isFalse();
        // a long line is a sentence, not a stamp
        assertThat(LineFeatures.of("The two leaders last spoke by telephone about 3 days ago, officials said.",
                WORDS).relativeTime()).isFalse();
    }

    @Test
    void shouldCallALineThatPointsAtItsPageInALicencesWordsANotice() {
        assertThat(LineFeatures.of("Nothing on this site may be reproduced without the owner's leave.", WORDS).notice())
                .isTrue();
        // "web site" in two words, the pointing word two words before the medium
        assertThat(LineFeatures.of("Your visit to our web site is subject to the terms below.", WORDS).notice())
                .isTrue();
        assertThat(LineFeatures.of("본 사이트의 기사는 무단으로 옮길 수 없습니다", WORDS).notice()).isTrue();
    }

    @Test
    void shouldNotCallALineANoticeForOnlyOneOfTheTwo() {
        // the page pointed at, but nothing of a licence: a blogger speaking of the blog
        assertThat(LineFeatures.of("I started this site to write about the harbour and its boats.", WORDS).notice())
                .isFalse();
        // a licence's words about something else: a story on a court case
        assertThat(LineFeatures.of("The court said the songs were reproduced on the terms of a 1998 deal.", WORDS)
                .notice()).isFalse();
        // "site" not right after the pointing word
        assertThat(LineFeatures.of("This week the building site reopened on new terms.", WORDS).notice()).isFalse();
        assertThat(LineFeatures.of("", WORDS).notice()).isFalse();
    }
}
