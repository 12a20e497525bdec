package newswire.clean;

import static org.assertj.core.api.Assertions.assertThat;

import newswire.model.RawArticle;
import newswire.testing.DevArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Korean-or-English shortcut agrees with the n-gram profiles and leaves every other language to them. */
class LanguageGuesserTest {

    private static final LanguageGuesser GUESSER = new LanguageGuesser(CleaningOptions.defaults().languages(),
            CleaningOptions.defaults().languageSampleChars());

    @Test
    void shouldTakeTheShortcutOnEveryDevArticleAndAgreeWithTheProfiles() {
        final ArticleCleaner cleaner = ArticleCleaner.standard();
        for (final RawArticle raw : DevArticles.all()) {
            final String name = raw.source();
            final String body = String.join(" ", cleaner.clean(raw).paragraphs());

            assertThat(GUESSER.koreanOrEnglish(body)).as(name).isPresent();
            assertThat(GUESSER.koreanOrEnglish(body)).as(name).isEqualTo(GUESSER.byProfiles(body));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr|Le ministère de la Défense a annoncé mardi que plusieurs milliers de soldats avaient été déployés près "
                    + "de la frontière, selon un communiqué publié dans la soirée par le gouvernement à Paris.",
            "de|Das Verteidigungsministerium teilte am Dienstag mit, dass mehrere tausend Soldaten in die Nähe der "
                    + "Grenze verlegt worden seien, wie aus einer am Abend veröffentlichten Erklärung hervorgeht.",
            "es|El ministerio de Defensa anunció el martes que varios miles de soldados habían sido desplegados cerca "
                    + "de la frontera, según un comunicado publicado por la noche por el gobierno en Madrid.",
            "pt|O ministério da Defesa anunciou na terça-feira que vários milhares de soldados foram enviados para "
                    + "perto da fronteira, segundo um comunicado divulgado à noite pelo governo em Lisboa.",
            "it|Il ministero della Difesa ha annunciato martedì che diverse migliaia di soldati sono stati schierati "
                    + "vicino al confine, secondo un comunicato diffuso in serata dal governo a Roma.",
            "id|Kementerian Pertahanan mengumumkan pada hari Selasa bahwa beberapa ribu tentara telah dikerahkan di "
                    + "dekat perbatasan, menurut pernyataan yang dirilis pada malam hari oleh pemerintah di Jakarta."})
    void shouldLeaveOtherLatinScriptLanguagesToTheProfiles(final String language, final String text) {
        assertThat(GUESSER.koreanOrEnglish(text)).isEmpty();
        assertThat(GUESSER.guess(text)).contains(language);
    }

    @Test
    void shouldCallAnEnglishStoryWithAKoreanQuoteEnglish() {
        final String text = "The ministry said on Tuesday that the troops had been moved to the border. \"우리는 준비가 "
                + "되어 있다,\" the minister told reporters, adding that the move was a response to the drills held "
                + "by the North and that more would follow if they were not stopped.";

        assertThat(GUESSER.koreanOrEnglish(text)).contains("en");
    }

    @Test
    void shouldLeaveShortTextsToTheProfilesAndTheScript() {
        assertThat(GUESSER.koreanOrEnglish("The troops moved.")).isEmpty();
        assertThat(GUESSER.guess("국정원 발표")).contains("ko");
    }

}
