package newswire.extract;

/**
 * Everything the claim extractor is configured with: the rules (the lexicon), the places and organisations (the
 * gazetteer), and how far, in tokens, the cues of a claim may lie from its number.
 *
 * @param unitWindow     how many words after a number may come before the noun it counts ("3,000 of the roughly
 *                       11,000 North Korean soldiers")
 * @param verbWindow     how far a verb may be from a number to say what happened to what it counts
 * @param statusWindow   how far a status cue ("plans to", "could") may be from the number, inside its clause
 * @param actorMemory    how many sentences back a claim with no actor of its own may borrow the actor of the previous
 *                       claim of its kind ("Moscow plans to recruit 30,000 … 1,200 of the new recruits")
 */
public record ExtractOptions(Lexicon lexicon, Gazetteer gazetteer, int unitWindow, int verbWindow, int statusWindow,
                             int actorMemory) {

    public static ExtractOptions standard() {
        return new ExtractOptions(Lexicon.standard(), Gazetteer.standard(), 8, 8, 12, 3);
    }
}
