package newswire.contract;

import java.util.List;
import java.util.Map;
import newswire.model.ArticleEvent;
import newswire.model.Attribution;
import newswire.model.Byline;
import newswire.model.Caption;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.CleanArticle;
import newswire.model.Entities;
import newswire.model.Entity;
import newswire.model.Evidence;
import newswire.model.Mention;
import newswire.model.Party;
import newswire.model.Quantity;

/**
 * An event with every field filled (url, captions, a person with a role and a mention, a city with its country),
 * built through the model's own constructors and written by the real serde, so that every nested record meets its
 * schema with values, not nulls, even where the real articles leave a field null. It follows the seed article.
 */
final class ContractExamples {

    private ContractExamples() {
    }

    /** The seed's enriched event with every field filled, on the real clean article's body. */
    static ArticleEvent fullEvent(final CleanArticle real) {
        final CleanArticle article = new CleanArticle(real.id(), real.source(),
                "https://koreajoongangdaily.joins.com/news/2024-10-21/national/northKorea/x",
                "Yoon, NATO chief agree to share information on North's dispatch of troops to Russia",
                new Byline(List.of("SARAH KIM", "김사라"), List.of("kim.sarah@joongang.co.kr")), "Korea JoongAng Daily",
                java.time.OffsetDateTime.parse("2024-10-21T18:59:00+09:00"), "en", real.paragraphs(),
                List.of(new Caption("Korean President Yoon Suk Yeol speaks at a NATO summit in Washington on July 12.",
                        "PRESIDENTIAL OFFICE")),
                Map.of("chrome", 3, "copyright", 1, "duplicate", 1, "feedback", 1), "9f3c2a17b04e6d58");
        final String body = article.body();
        final Claim specialForces = claim(article, body, ClaimKind.TROOPS,
                new Quantity(1500L, null, null, true, "some", "some 1,500"), "special forces",
                new Party("North Korea", "PRK"), new Party("Russia", "RUS"), null, ClaimStatus.REPORTED,
                new Attribution("South Korean intelligence", "South Korean intelligence authorities have recently confirmed"),
                "some 1,500 North Korean special forces", 0.9);
        final Claim planned = claim(article, body, ClaimKind.TROOPS,
                new Quantity(12_000L, null, null, true, "around", "around 12,000"), "troops",
                new Party("North Korea", "PRK"), new Party("Russia", "RUS"), null, ClaimStatus.PLANNED,
                new Attribution("National Intelligence Service", "Seoul's National Intelligence Service said"),
                "around 12,000 troops", 0.85);
        final int rutte = body.indexOf("Rutte");
        final Entities entities = new Entities(
                List.of(new Entity("Mark Rutte", null, "NATO Secretary General", null,
                        List.of(new Mention(rutte, rutte + "Rutte".length())))),
                List.of(new Entity("NATO", "NATO", null, null, List.of())),
                List.of(new Entity("North Korea", "PRK", null, null, List.of()),
                        new Entity("Seoul", null, null, "KOR", List.of())));
        return new ArticleEvent(article.id(), ArticleEvent.TYPE, article.source(), article.publishedAt(),
                article.title(), article, entities, List.of(specialForces, planned), null);
    }

    private static Claim claim(final CleanArticle article, final String body, final ClaimKind kind,
                               final Quantity quantity, final String unit, final Party actor, final Party destination,
                               final Party location, final ClaimStatus status, final Attribution attribution,
                               final String phrase, final double confidence) {
        final int at = body.indexOf(phrase);
        if (at < 0) {
            throw new IllegalStateException("the seed body no longer contains '" + phrase + "'");
        }
        final int start = Math.max(body.lastIndexOf(". ", at) + 2, body.lastIndexOf("\n", at) + 1);
        final int dot = body.indexOf('.', at);
        final int end = dot < 0 ? body.length() : dot + 1;
        return new Claim(article.id() + ":" + kind.json() + ":" + start, article.id(), kind, quantity, unit, actor,
                destination, location, status, attribution, new Evidence(body.substring(start, end), start, end),
                confidence);
    }
}
