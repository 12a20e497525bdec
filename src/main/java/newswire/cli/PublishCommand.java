package newswire.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newswire.ingest.ArticleFiles;
import newswire.runtime.TopicAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        header = "Publish article files to the raw topic.",
        description = {"", "Each .txt (portal text copy) or .html (whole page) file is one article, each line of a "
                + ".jsonl file one RawArticle JSON document. Folders are read in name order. The key is an id derived "
                + "from the file name, so republishing the same file yields the same id.", ""})
final class PublishCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PublishCommand.class);

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
            + "RawArticle JSON document with one, else the id derived from the file name.")
    private boolean raw;

    @Option(names = "--no-create-topics", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Create Newswire's topics first where they are missing, so publishing does not depend on "
                    + "'run' having started. Default: ${DEFAULT-VALUE}.")
    private boolean createTopics;

    @Override
    public Integer call() throws Exception {
        final var config = kafka.config(parent.environment(), spec.commandLine());
        if (createTopics) {
            TopicAdmin.ensureTopics(config);
        }
        final long published = Publishing.publish(config, ArticleFiles.list(paths), raw, LOG);
        spec.commandLine().getOut().printf("Published %d record%s to %s%n", published, published == 1 ? "" : "s",
                config.topics().raw());
        return 0;
    }
}
