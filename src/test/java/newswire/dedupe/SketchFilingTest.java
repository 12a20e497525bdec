package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;
import newswire.dedupe.DedupeRecords.BandGroup;
import newswire.dedupe.DedupeRecords.IndexInput;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** An article's band groups, one per index partition its keys fall in, and the one an event too large is sent alone. */
class SketchFilingTest {

    private static final int PARTITIONS = 3;
    private static final String STORY = "A ferry carrying forty passengers ran aground near the northern harbour on "
            + "Tuesday evening, and the coast guard said every passenger was brought ashore by lifeboats before "
            + "midnight while two crew members stayed on board to pump water from the flooded engine room.";

    @Test
    void shouldSendAGroupToEveryPartitionTheKeysFallInTheFirstCarryingTheEvent() {
        final List<BandGroup> sent = filed(bytes -> true);

        assertThat(sent).as("the story's keys fall in more than one index partition").hasSizeGreaterThan(1);
        assertThat(sent.get(0).event()).isEqualTo(STORY.getBytes(StandardCharsets.UTF_8));
        assertThat(sent.subList(1, sent.size())).allSatisfy(group -> assertThat(group.event()).isNull());
    }

    @Test
    void shouldSendTheGroupCarryingAnEventTooLargeAloneSoTheArticleIsFiledNowhere() {
        // Given the frame of the group that carries the event, as the topic's serde writes it
        final BandGroup first = filed(bytes -> true).get(0);
        final int frameLength = EventFrameSerde.bandGroups().serialize(null, first).length;

        // When the topic takes one byte less, only that group is sent (the topic refuses it, and its dead letter
        // keeps the input); when it takes exactly that many, all are
        assertThat(filed(bytes -> bytes < frameLength)).singleElement()
                .satisfies(group -> assertThat(group.event()).isNotNull());
        assertThat(filed(bytes -> bytes <= frameLength)).hasSizeGreaterThan(1);
    }

    private static List<BandGroup> filed(final IntPredicate fits) {
        final SketchFiling<String> filing = new SketchFiling<>(new Dedupe.Stories<>(Serdes.String(), text -> text,
                (text, duplicateOf) -> text), SameStory.STANDARD, PARTITIONS, fits);
        final MockProcessorContext<String, IndexInput> context = new MockProcessorContext<>();
        context.setRecordMetadata("news-prepared", 1, 7L);
        filing.init(context);
        filing.process(new Record<>("ferry", STORY, 1_700_000_000_000L));
        return context.forwarded().stream().map(forwarded -> (BandGroup) forwarded.record().value()).toList();
    }
}
