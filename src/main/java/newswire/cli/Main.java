package newswire.cli;


/** {@code java -jar newswire.jar …}: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(final String[] args) {
        System.exit(NewswireCommand.commandLine(System.getenv()).execute(args));
    }

}
