package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublisherDirectoryTest {

    private static final PublisherDirectory PUBLISHERS = CleaningPolicy.standard().publishers();

    @Test
    void shouldMapKoreanNameToEnglishPublisher() {
        assertThat(PUBLISHERS.find("Copyright © 코리아중앙데일리. 무단전재 및 재배포 금지.")).map(Publisher::name)
                .contains("Korea JoongAng Daily");
    }

    @Test
    void shouldPreferLongestName() {
        assertThat(PUBLISHERS.find("<저작권자(c) 연합뉴스TV>")).map(Publisher::name).contains("Yonhap News TV");
        assertThat(PUBLISHERS.find("<저작권자(c) 연합뉴스>")).map(Publisher::name).contains("Yonhap News Agency");
    }

    @Test
    void shouldMatchLatinNamesOnlyAsWholeWords() {
        assertThat(PUBLISHERS.find("JAPAN TODAY")).isEmpty();
        assertThat(PUBLISHERS.find("(AP) — officials said")).isEmpty();
        assertThat(PUBLISHERS.find("Copyright 2024 Reuters.")).map(Publisher::name).contains("Reuters");
    }

    @Test
    void shouldKnowWhichPublishersAreKorean() {
        assertThat(PUBLISHERS.find("https://www.yna.co.kr/view/AKR2024")).map(Publisher::isKorean).contains(true);
        assertThat(PUBLISHERS.find("reuters.com")).map(Publisher::isKorean).contains(false);
    }

    @Test
    void shouldReadCopyrightHolderNotInTheTable() {
        assertThat(CopyrightNotice.holder("Copyright 2024 Example Herald. All rights reserved.")).contains("Example Herald");
        assertThat(CopyrightNotice.holder("© 2019-2024 Daily Planet | Privacy")).contains("Daily Planet");
        assertThat(CopyrightNotice.holder("All rights reserved.")).isEmpty();
    }
}
