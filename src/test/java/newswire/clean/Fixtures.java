package newswire.clean;

import newswire.model.RawArticle;
import newswire.testing.DevArticles;

/** Articles shaped like the ones Newswire receives: the seed, and others written out here. */
final class Fixtures {

    private Fixtures() {
    }

    /** A Korea JoongAng Daily story as a Daum portal text copy (the project's seed article). */
    static final String PORTAL_COPY = DevArticles.seedText();

    /** A small news page with the usual furniture around the story. */
    static final String NEWS_PAGE = DevArticles.text("10-html-page.html");

    /** A Yonhap story as a Naver-style text copy: input/modified times, agency dateline, reactions. */
    static final String KOREAN_AGENCY_COPY = """
            국정원 "북한, 러시아에 1만2000명 파병 결정"

            입력2024.10.18. 오후 3:27  수정2024.10.18. 오후 4:02
            음성으로 듣기
            공유하기
            글자크기 변경

            (서울=연합뉴스) 김철수 정다은 기자 = 국가정보원은 북한이 러시아에 특수부대 등 1만2000명 규모의 병력을 파병하기로 결정했다고 18일 밝혔다.

            북한군 병력이 러시아 함정으로 이동하는 모습 [국정원 제공]

            국정원에 따르면 북한군 1500명이 이미 러시아 블라디보스토크로 이동해 훈련을 받고 있다.

            국정원에 따르면 북한군 1500명이 이미 러시아 블라디보스토크로 이동해 훈련을 받고 있다 .

            cskim@yna.co.kr

            <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>

            좋아요 3 훈훈해요 0 슬퍼요 1 화나요 0 후속기사 원해요 2""";

    static RawArticle text(final String body) {
        return new RawArticle("test-1", "test.txt", RawArticle.TEXT_PLAIN, body, "2024-11-01T00:00:00Z", null, null, null,
                null);
    }

    static RawArticle html(final String body) {
        return new RawArticle("test-2", "test.html", RawArticle.TEXT_HTML, body, "2024-11-01T00:00:00Z", null, null, null,
                null);
    }
}
