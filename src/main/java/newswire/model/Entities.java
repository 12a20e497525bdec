package newswire.model;

import java.util.List;

/** The entities of one article, by type. */
public record Entities(List<Entity> people, List<Entity> organisations, List<Entity> places) {

    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    public Entities {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        places = List.copyOf(places);
    }
}
