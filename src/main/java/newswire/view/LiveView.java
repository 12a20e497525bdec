package newswire.view;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import newswire.config.NewswireConfig;
import newswire.query.EstimateQueries;
import newswire.query.QueryServer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The HTTP face of one instance: the web view (a feed from the topics into a model, and the pages that show it) and
 * the estimates and health endpoints, on one port. What {@code run --http-port} and {@code demo --serve} start.
 */
public final class LiveView implements AutoCloseable {

    private final TopicFeed feed;
    private final QueryServer server;

    private LiveView(final TopicFeed feed, final QueryServer server) {
        this.feed = feed;
        this.server = server;
    }

    /**
     * Starts reading the topics of {@code config} and serving on {@code self}, the address this instance announces as
     * {@code application.server}.
     */
    public static LiveView serve(final NewswireConfig config, final KafkaStreams streams, final HostInfo self)
            throws IOException {
        final ViewModel model = new ViewModel();
        final EstimateQueries estimates = new EstimateQueries(streams, self);
        final TopicFeed feed = TopicFeed.start(config, model);
        try {
            return new LiveView(feed, QueryServer.start(new InetSocketAddress(self.host(), self.port()), streams,
                    estimates, new WebView(model, estimates::all)));
        } catch (final IOException | RuntimeException e) {
            feed.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    /** Serves {@code path} on the same port too (the operations endpoints of {@code run}). */
    public void serve(final String path, final HttpHandler handler) {
        server.serve(path, handler);
    }

    @Override
    public void close() {
        server.close();
        feed.close();
    }
}
