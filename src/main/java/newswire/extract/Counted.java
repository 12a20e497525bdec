package newswire.extract;

/**
 * What a number counts: the class of its noun (lexicon {@code unit}, or {@link #NOUN} for a noun the lexicon does not
 * know), the noun as written (null when the number stands alone: "killed 14"), its tokens, and where the words that
 * may modify it start ("1,500 North Korean special forces").
 */
record Counted(String unitClass, String text, int first, int last, int modifiersFrom) {

    /**
     * A noun the lexicon does not list and does not reject ("traders", "a pastoralist"): only an event predicate in
     * its grammatical place says what happened to it (lexicon {@code accepts noun}).
     */
    static final String NOUN = "noun";
    /** The class of the nouns of people (lexicon {@code unit person}), and of a bare number a casualty verb takes. */
    static final String PERSON = "person";
}
