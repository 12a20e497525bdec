package newswire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newswire.clean.SourceTemplates;
import newswire.config.NewswireConfig;
import newswire.ingest.ArticleFiles;
import newswire.ingest.ArticleFiles.ArticleFile;
import newswire.ingest.ArticleRecords;
import newswire.ingest.ArticleRecords.Entry;
import newswire.ingest.ArticleRecords.Parsed;
import newswire.ingest.ArticleRecords.Unreadable;
import newswire.pipeline.ArticlePipeline;
import newswire.serde.JsonSerde;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Clean, extract and enrich article files without Kafka; print one ArticleEvent JSON line each.",
        description = {"", "Runs exactly the code the topology runs, so it is the way to debug a rule or evaluate "
                + "the extractor. An article that fails is reported on standard error and, in its place, as a line "
                + "{\"source\": …, \"error\": {\"type\": …, \"message\": …}}: one line per article, in order, a "
                + "bad line of a .jsonl included (its source is FILE:LINE). Folders are walked as by 'publish'. "
                + "The exit code is 1 when any failed. Like the topology, it learns each source's template (lines "
                + "printed by many of its articles) over the files of the run, in order, and drops it from the "
                + "source's later articles; -D newswire.templates.min.articles=0 turns that off.", ""})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .html, .jsonl) or folders.")
    private List<Path> paths;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "A Newswire setting, e.g. newswire.max.article.chars=2000000.")
    private Map<String, String> settings = Map.of();

    @Override
    public Integer call() throws Exception {
        final NewswireConfig config = NewswireConfig.defaults().with(settings);
        final ArticlePipeline pipeline = ArticlePipeline.standard(config);
        final SourceTemplates templates = ArticlePipeline.templates(config.templates(), null);
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final boolean verbose = Failures.isVerbose(spec.commandLine());
        int failed = 0;
        for (final ArticleFile file : ArticleFiles.list(paths, true).files()) {
            for (final Entry entry : ArticleRecords.read(file)) {
                if (entry instanceof Unreadable unreadable) {
                    failed++;
                    err.println(unreadable);
                    out.println(errorLine(unreadable.origin(), "not a RawArticle", unreadable.reason()));
                    continue;
                }
                final Parsed parsed = (Parsed) entry;
                try {
                    out.println(JsonSerde.mapper().writeValueAsString(pipeline.process(parsed.article(), templates)));
                } catch (final RuntimeException e) {
                    failed++;
                    err.println(parsed.origin() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    if (verbose) {
                        e.printStackTrace(err); // where a rule failed, for the developer who asked
                    }
                    out.println(errorLine(parsed.article().source(), e.getClass().getName(), e.getMessage()));
                }
            }
            out.flush();
        }
        return failed == 0 ? 0 : 1;
    }

    /** An article that failed, in its place: still one line per article, so a reader pairing lines stays aligned. */
    private static String errorLine(final String source, final String type, final String message)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        final var error = JsonSerde.mapper().createObjectNode().put("source", source);
        error.putObject("error").put("type", type).put("message", message);
        return JsonSerde.mapper().writeValueAsString(error);
    }
}
