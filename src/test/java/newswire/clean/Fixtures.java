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
    static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Seoul to send monitoring team as North Korean troops reach front | Example Herald</title>
            <meta property="article:published_time" content="2024-10-30T14:05:00+09:00">
            <meta name="author" content="Park Ji-hoon">
            <script>window.dataLayer=[];function track(){}</script>
            <style>.nav{display:flex}</style></head>
            <body>
            <header><nav class="nav"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav></header>
            <div class="share">Share on Facebook | Share on X | Copy link</div>
            <article>
            <h1>Seoul to send monitoring team as North Korean troops reach front</h1>
            <p class="byline">By Park Ji-hoon</p>
            <p>South Korea will send a team of intelligence officers to Ukraine to monitor North Korea's troop deployment, a senior presidential official said on Wednesday.</p>
            <figure><img src="/img/1.jpg"><figcaption>South Korean officials at a briefing in Seoul on Wednesday. [YONHAP]</figcaption></figure>
            <p>The official said around 3,000 of the roughly 11,000 North Korean soldiers in Russia had moved closer to the front lines in western Russia.</p>
            <p>"We cannot rule out that they will be sent into combat within days," the official said, speaking on condition of anonymity.</p>
            </article>
            <aside><h3>Most read</h3><ul><li><a href="/a/1">Ten things to do in Seoul this weekend</a></li><li><a href="/a/2">KOSPI closes 1.2 percent higher</a></li></ul></aside>
            <footer>Copyright 2024 Example Herald. All rights reserved. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
            </body></html>
            """;

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
