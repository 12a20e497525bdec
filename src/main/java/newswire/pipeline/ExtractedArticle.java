package newswire.pipeline;

import java.util.List;
import newswire.model.Claim;
import newswire.model.CleanArticle;

/** A clean article with the claims read from it: what flows from the extract stage to the enrich stage. */
public record ExtractedArticle(CleanArticle article, List<Claim> claims) {

    public ExtractedArticle {
        claims = List.copyOf(claims);
    }
}
