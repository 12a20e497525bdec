package newswire.clean;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The feature vectors {@link LineModel} computes, for every line of text copies that {@link StoryLines} would judge:
 * the training table of {@code eval/line_model.py}, so that the model is fitted on exactly the features the cleaner
 * computes. A tool, not a test.
 *
 * <p>Usage: {@code java -cp target/newswire.jar:target/test-classes newswire.clean.LineTable PAGE.txt...}; prints a
 * header row, then one row per line: the file, the line's index, its kind ({@code text}, {@code removed} or
 * {@code blank}), the features, and the line with tabs as spaces. A page the cleaner rejects as not prose, or one
 * whose lines no rule or feature leaves to {@link StoryLines} (no line is story on its own), prints no rows.
 */
final class LineTable {

    private LineTable() {
    }

    public static void main(final String[] args) throws IOException {
        final PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("file\tline\tkind\t" + String.join("\t", LineModel.FEATURES) + "\ttext");
        final CleaningPolicy policy = CleaningPolicy.standard();
        final DraftSifter sifter = new DraftSifter(policy, CleaningOptions.defaults());
        final double[] x = new double[LineModel.FEATURES.size()];
        for (final String file : args) {
            final String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            if (text.isBlank() || NonProse.reason(text).isPresent()) {
                continue;
            }
            final ArticleDraft draft = new ArticleDraft();
            PlainTextReader.read(TextNormalizer.normalize(text), null, draft, line -> policy.classify(line).isEmpty());
            final DraftSifter.TextCopyLines copy = sifter.linesAfterRules(draft, ZoneOffset.UTC);
            final StoryLines.Page page = StoryLines.measure(copy.lines(), copy.firstStoryLine(), draft.storyUnderTitle,
                    draft.lineReadings);
            if (!page.anyGood()) {
                continue;
            }
            print(out, file, page, x);
        }
        out.flush();
    }

    private static void print(final PrintStream out, final String file, final StoryLines.Page page, final double[] x) {
        final List<String> lines = page.lines();
        final double storyPersonShare = LineModel.storyPersonShare(page);
        for (int i = 0; i < lines.size(); i++) {
            final StringBuilder row = new StringBuilder(file).append('\t').append(i).append('\t');
            if (page.features()[i] == null) {
                row.append(page.isBlank(i) ? "blank" : "removed");
                out.println(row);
                continue;
            }
            LineModel.features(page, storyPersonShare, i, x);
            row.append("text");
            for (final double v : x) {
                row.append('\t').append(v);
            }
            out.println(row.append('\t').append(lines.get(i).replace('\t', ' ')));
        }
    }
}
