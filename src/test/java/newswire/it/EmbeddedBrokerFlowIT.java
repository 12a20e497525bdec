package newswire.it;

import newswire.broker.EmbeddedBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/** The seed flow on the embedded KRaft broker: runs everywhere, Docker or not. */
@Tag("integration")
class EmbeddedBrokerFlowIT extends SeedFlowContract {

    private static EmbeddedBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Override
    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
