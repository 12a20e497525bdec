package newswire.broker;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded KRaft broker for the tests of a class, started before the first and closed after the last. Register it
 * on a static field: {@code @RegisterExtension static final BrokerExtension BROKER = new BrokerExtension();}
 */
public final class BrokerExtension implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedBroker broker;

    @Override
    public void beforeAll(final ExtensionContext context) {
        broker = EmbeddedBroker.start();
    }

    @Override
    public void afterAll(final ExtensionContext context) {
        if (broker != null) {
            broker.close();
        }
    }

    public EmbeddedBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("the broker starts before a test class's first test: register the "
                    + "extension on a static field");
        }
        return broker;
    }

    public String bootstrapServers() {
        return broker().bootstrapServers();
    }
}
