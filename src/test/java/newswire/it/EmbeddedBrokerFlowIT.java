package newswire.it;

import newswire.broker.BrokerExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed flow on the embedded KRaft broker: runs everywhere, Docker or not. */
@Tag("integration")
class EmbeddedBrokerFlowIT extends SeedFlowContract {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @Override
    String bootstrapServers() {
        return BROKER.bootstrapServers();
    }
}
