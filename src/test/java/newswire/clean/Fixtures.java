package newswire.clean;

import newswire.model.RawArticle;

/** Articles shaped like the ones Newswire receives, written out here so the tests need no files. */
final class Fixtures {

    private Fixtures() {
    }

    /** A Korea JoongAng Daily story as a Daum portal text copy (the project's seed article). */
    static final String PORTAL_COPY = """
            Yoon, NATO chief agree to share information on North's dispatch of troops to Russia

            김사라 2024. 10. 21. 18:59
            글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.

            이 글자크기로 변경됩니다.

            (예시) 가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요. 다음뉴스는 국내외 주요이슈와 실시간 속보, 문화생활 및 다양한 분야의 뉴스를 입체적으로 전달하고 있습니다.

            President Yoon Suk Yeol held a phone call with NATO Secretary General Mark Rutte on Monday to share information on North Korea's preparations to dispatch troops to help Russia in its war with Ukraine, said the presidential office.
            Korean President Yoon Suk Yeol speaks at a NATO summit in Washington on July 12. [PRESIDENTIAL OFFICE]

            President Yoon Suk Yeol held a phone call with NATO Secretary General Mark Rutte on Monday to share information on North Korea's preparations to dispatch troops to help Russia in its war with Ukraine, said the presidential office.

            Yoon told Rutte that North Korea has gone beyond providing large-scale weapons to Russia and has sent its elite troops, noting that South Korean intelligence authorities have recently confirmed that some 1,500 North Korean special forces have been dispatched to Russia and are receiving training there.

            Yoon said he plans to swiftly dispatch a delegation to share information with NATO and take steps to strengthen security cooperation between South Korea, Ukraine and NATO.

            Russia's invasion of Ukraine and its reckless military cooperation with North Korea "reaffirms that the security of the Inter-Pacific region and the Atlantic region are inextricably linked," Yoon said, noting Seoul doesn't plan to "sit idly by."

            Yoon said Seoul will closely monitor the situation and "actively take step-by-step measures" in accordance with the progress of military cooperation between Russia and North Korea. He said he hopes to explore practical countermeasures with NATO and its member countries in this process.

            The two sides agreed to closely monitor any illegal cooperation between North Korea and Russia, including the possibility of Moscow's transfer of sensitive military technology to Pyongyang.

            Yoon also said he hopes that the process of joining NATO's Battlefield Information Collection and Exploitation System (Bices) will provide a means for South Korea and NATO to communicate in real time and share information safely and efficiently.

            Earlier Monday, Rutte posted on X, formerly known as Twitter, that he had discussions with Yoon about NATO's "close partnership with Seoul" while noting that "North Korea sending troops to fight alongside Russia in Ukraine would mark a significant escalation" in the conflict.

            This comes after Seoul's National Intelligence Service said North Korea plans to send around 12,000 troops to support Russia.

            BY SARAH KIM [kim.sarah@joongang.co.kr]

            Copyright © 코리아중앙데일리. 무단전재 및 재배포 금지.

            이 기사에 대해 어떻게 생각하시나요?""";

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
