package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import newswire.testing.DevArticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The standard line rules, one class of chrome at a time, in Korean and in English. */
class CleaningPolicyTest {

    private static final CleaningPolicy POLICY = CleaningPolicy.standard();

    @ParameterizedTest
    @ValueSource(strings = {"글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.", "이 글자크기로 변경됩니다.",
            "글씨 크기 조절", "본문 글자 키우기", "Text size", "Font size: A A A"})
    void shouldDropFontSizeControls(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[button link=\"https://example.org/send\" size=\"big\"]Send us your photos[/button]",
            "[gallery ids=\"12,14,19\" columns=3][/gallery]", "[caption id=attachment_7 align=left]The old mill[/caption]"})
    void shouldDropShortcodesABlogEngineLeftUnrendered(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Updated at 10:40] The council voted 7-2 to close the pier.",
            "The mayor said [the repairs] would cost x=4 million [euros].", "[1] Harbour authority report, 2024."})
    void shouldKeepBracketedStoryTextThatIsNoShortcode(final String line) {
        assertThat(POLICY.classify(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"음성으로 듣기", "기사 듣기", "본문 듣기 시작", "Listen to this article", "Text-to-speech"})
    void shouldDropTextToSpeechControls(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"구독 버튼을 눌러주세요", "Sign up for our free newsletter", "Subscribe to our newsletter"})
    void shouldDropInvitationsToSubscribeThatReadAsSentences(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"공유하기", "구독", "추천 12", "좋아요", "스크랩", "카카오톡", "댓글쓰기", "로그인 회원가입",
            "Share", "Subscribe", "Subscribe now", "Recommend", "Print", "Comments 12", "Share on Facebook",
            "Share via Email", "Watch live", "Close", "Expand", "View gallery", "Advertisement", "Anzeige",
            "Publicité", "광고", "좋아요 3 훈훈해요 0 슬퍼요 1 화나요 0 후속기사 원해요 2"})
    void shouldDropAButtonLabelOrRowOfAnySiteByItsWordsNotByARule(final String line) {
        // No rule names these lines: the control-word class does, so a site the rules never saw is covered too.
        assertThat(POLICY.byRules(line)).as("a rule").isEmpty();
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"요약봇", "본문 요약봇", "AI 요약", "자동 요약 기술로 생성된 요약입니다", "Summary bot",
            "This summary was generated automatically"})
    void shouldDropSummaryBots(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"기사원문", "원문 보기", "원문", "Original article", "Read the original article"})
    void shouldDropOriginalArticleLinks(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "(예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요.",
            "빠르고 정확한 네이버 뉴스를 만나보세요", "Download our app"})
    void shouldDropPortalPromotion(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"이 기사에 대해 어떻게 생각하시나요?", "이 기사를 추천합니다", "Recommend this article", "기사가 마음에 드셨나요?",
            "Was this article helpful?", "What do you think of this story?"})
    void shouldDropReaderFeedbackPrompts(final String line) {
        assertThat(POLICY.classify(line)).contains("feedback");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Copyright © 코리아중앙데일리. 무단전재 및 재배포 금지.", "ⓒ 중앙일보", "무단전재 및 재배포 금지",
            "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "Copyright 2024 Example Herald. All rights reserved.",
            "© 2024 Reuters", "All Rights Reserved."})
    void shouldDropCopyrightNotices(final String line) {
        assertThat(POLICY.classify(line)).contains("copyright");
    }

    @ParameterizedTest
    @ValueSource(strings = {"You may also like...", "Related Stories", "Related Roundup: MacBook Pro", "More:",
            "Popular on IndieWire", "Most read", "관련기사", "Tags: Korea, NATO", "Filed under: Politics"})
    void shouldDropPointersToOtherStories(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "광고", "Reading time: 3 minutes", "5 min read", "Caption", "Close",
            "This slideshow requires JavaScript.", "Like this story? Share it with a friend!",
            "Follow The Daily Planet on Twitter and Facebook.", "Have a tip? Send it to tips@example.com",
            "Get the latest updates right in your inbox. Subscribe to our newsletters."})
    void shouldDropAdvertLabelsBadgesAndInvitations(final String line) {
        assertThat(POLICY.classify(line)).contains("chrome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Reporting by Greg Roumeliotis; editing by Martin Howell)", "Writing by Jane Doe"})
    void shouldCountAgencyProductionCreditsAsByline(final String line) {
        assertThat(POLICY.classify(line)).contains("byline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo: Damian Dovarganes, AP", "사진=연합뉴스", "Image credit: NASA"})
    void shouldCountStandalonePictureCreditsAsCaption(final String line) {
        assertThat(POLICY.classify(line)).contains("caption");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "More than 200 people died.", "Related talks will continue on Monday.", "Trending downward, prices fell.",
            "Close to 3,000 soldiers moved.", "Advertising revenue rose 4 percent.", "Follow-up talks are planned.",
            "President Yoon Suk Yeol held a phone call with NATO Secretary General Mark Rutte on Monday.",
            "국가정보원은 북한이 러시아에 특수부대 등 1만2000명 규모의 병력을 파병하기로 결정했다고 18일 밝혔다.",
            "Readers were asked to share their views on the plan, and thousands chose to subscribe to the newsletter the ministry launched.",
            "The company said it would recommend a dividend.", "Share prices fell.", "He will share more.",
            "What's next", "Close to the border", "Live music returns to the city",
            "Facebook owner Meta was fined", "추천 후보 명단이 공개됐다",
            "He said the font size of the ballot papers had confused elderly voters in several districts."})
    void shouldKeepStorySentences(final String line) {
        assertThat(POLICY.classify(line)).isEmpty();
    }

    @Test
    void shouldDropALongNoticeUpToItsRulesCapAndNoFurther() {
        // Lines of 201 to 400 characters are searched literal by literal, among only the rules whose cap they fit.
        final String notice = "Copyright © 2024 Example Herald. Reproduction, redistribution or use of this article "
                + "for training artificial intelligence is prohibited without written permission. ";
        final String upToCap = notice + "x".repeat(300 - notice.length());
        final String pastCap = upToCap + "x";

        assertThat(upToCap).hasSize(300);
        assertThat(POLICY.classify(upToCap)).contains("copyright").isEqualTo(POLICY.classifyByEveryRule(upToCap));
        assertThat(POLICY.classify(pastCap)).isEmpty().isEqualTo(POLICY.classifyByEveryRule(pastCap));
        final String promotion = "(예시) " + "가장 빠른 뉴스가 있고 다양한 정보가 있습니다. ".repeat(12);
        assertThat(promotion.length()).isBetween(301, 400);
        assertThat(POLICY.classify(promotion)).contains("chrome");
    }

    @Test
    void shouldNotMatchRulesOnLinesLongerThanTheirLimit() {
        final String longParagraph = "Copyright law was the subject of the hearing. " + "The committee heard evidence. ".repeat(12);

        assertThat(longParagraph.length()).isGreaterThan(300);
        assertThat(POLICY.classify(longParagraph)).isEmpty();
    }

    @Test
    void shouldGiveTheVerdictOfTryingEveryRuleOnEveryLineWeHave() {
        final List<String> lines = new ArrayList<>(exampleLinesOfThisClass());
        DevArticles.all().forEach(article -> article.body().lines().map(String::strip).forEach(lines::add));
        final List<String> variants = new ArrayList<>();
        for (final String line : lines) {
            variants.addAll(List.of(line, line.toUpperCase(Locale.ROOT), "  " + line, line + " 12", "x" + line));
        }
        int chrome = 0;
        for (final String line : variants) {
            final var verdict = POLICY.byRules(line);
            assertThat(verdict).as(line).isEqualTo(POLICY.classifyByEveryRule(line));
            chrome += verdict.isPresent() ? 1 : 0;
        }
        // Both kinds of verdict were compared, many times over.
        assertThat(chrome).isGreaterThan(200);
        assertThat(variants.size() - chrome).isGreaterThan(500);
    }

    @Test
    void shouldFindALiteralInEveryStandardRuleSoNoneRunsOnEveryLine() {
        assertThat(POLICY.rulesRunOnEveryLine()).isZero();
    }

    @Test
    void shouldRunARuleWithoutLiteralsOnEveryLine() {
        final CleaningPolicy policy = new CleaningPolicy(CleaningPolicy.parseLineRules(List.of("chrome\t50\t^\\d+\\s?\\w+$")),
                new PublisherDirectory(List.of(), List.of()));

        assertThat(policy.rulesRunOnEveryLine()).isEqualTo(1);
        assertThat(policy.classify("42 comments")).contains("chrome");
    }

    /** The lines of every {@code @ValueSource} above: chrome of each class and story sentences that look like it. */
    private static List<String> exampleLinesOfThisClass() {
        return Arrays.stream(CleaningPolicyTest.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(ValueSource.class)).filter(Objects::nonNull)
                .flatMap(v -> Arrays.stream(v.strings())).toList();
    }

    @Test
    void shouldReadRulesFromData() {
        final List<LineRule> rules = CleaningPolicy.parseLineRules(List.of("# comment", "", "chrome\t50\t^Read more$"));

        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).matches("read more")).isTrue();
        assertThat(rules.get(0).reason()).isEqualTo("chrome");
    }

    @Test
    void shouldRejectMalformedRule() {
        assertThatThrownBy(() -> CleaningPolicy.parseLineRules(List.of("chrome ^no tabs$")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chrome ^no tabs$");
    }
}
