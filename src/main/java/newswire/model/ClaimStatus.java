package newswire.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How firmly the text asserts a claim: done, intended, conceivable, or denied. */
public enum ClaimStatus {
    REPORTED, PLANNED, POSSIBLE, DENIED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
