package newswire.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a claim counts. */
public enum ClaimKind {
    TROOPS, KILLED, WOUNDED, CAPTURED, DISPLACED, WEAPONS;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
