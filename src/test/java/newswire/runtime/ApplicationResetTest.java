package newswire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import newswire.config.NewswireConfig;
import newswire.topology.NewswireTopology;
import org.junit.jupiter.api.Test;

class ApplicationResetTest {

    @Test
    void shouldNameEveryRepartitionAndChangelogTopicOfTheTopologyUnderTheApplicationId() {
        final var description = NewswireTopology.of(NewswireConfig.defaults()).build().describe();

        assertThat(ApplicationReset.internalTopics("newswire", description))
                .contains("newswire-dedupe-bands-repartition", "newswire-dedupe-verdicts-repartition",
                        "newswire-dedupe-index-changelog", "newswire-estimates-changelog")
                .allMatch(topic -> topic.startsWith("newswire-")
                        && (topic.endsWith("-repartition") || topic.endsWith("-changelog")))
                .noneMatch(topic -> topic.startsWith("newswire-newswire"));
    }
}
