package newswire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newswire.ingest.ArticleFiles;
import newswire.ingest.ArticleFiles.Listing;
import newswire.runtime.TopicAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        header = "Publish article files to the raw topic.",
        description = {"", "Each .txt (portal text copy) or .html (whole page) file is one article; each line of a "
                + ".jsonl file, and the object (or each object of the array) of a .json file, one RawArticle JSON "
                + "document. Folders are walked in path order, subfolders included. Whatever is passed over (other "
                + "files, a bad line of a .jsonl, with its number) is listed on standard error with the reason; the "
                + "rest is published all the same. Exits 1 when nothing was published.",
                "", "The key is the article's id: the record's own id, else the id of its url, else one derived from "
                + "the file's path under the folder published and its content, so that republishing the same file "
                + "yields the same id and two different files never share one.", ""})
final class PublishCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NewswireCommand parent;

    @Mixin
    private KafkaOptions kafka;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders of them.")
    private List<Path> paths;

    @Option(names = "--raw", description = "Send each file's bytes verbatim as the value, without reading it as an "
            + "article: to replay a dead letter or to test bad input. The key is the article's id when the file is a "
            + "RawArticle JSON document with one, else the id derived from the file's name and content.")
    private boolean raw;

    @Option(names = "--no-recursive", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read the subfolders of a folder too. Default: ${DEFAULT-VALUE}.")
    private boolean recursive;

    @Option(names = "--no-create-topics", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Create Newswire's topics first where they are missing, so publishing does not depend on "
                    + "'run' having started. Default: ${DEFAULT-VALUE}.")
    private boolean createTopics;

    @Override
    public Integer call() throws Exception {
        final var config = kafka.config(parent.environment(), spec.commandLine());
        final Listing listing = ArticleFiles.list(paths, recursive);
        if (listing.files().isEmpty()) {
            listing.skipped().forEach(skipped -> spec.commandLine().getErr().println("skipped " + skipped));
            throw new IllegalStateException("nothing to publish: no article file (.txt, .html, .htm, .json, .jsonl) "
                    + "in " + paths.stream().map(Path::toString).toList());
        }
        kafka.requireCluster(config);
        if (createTopics) {
            TopicAdmin.ensureTopics(config);
        }
        final Publishing.Outcome outcome = Publishing.publish(config, listing, raw, spec.commandLine().getErr());
        spec.commandLine().getOut().println(outcome.describe(config.topics().raw()));
        if (outcome.published() == 0) {
            throw new IllegalStateException("nothing published: every record was passed over (listed above)");
        }
        return 0;
    }
}
