package newswire.query;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newswire.model.Estimate;
import newswire.serde.JsonSerde;
import newswire.topology.NewswireTopology;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads estimates wherever they live: from this instance's store for the subjects it holds, and from the instance
 * Kafka Streams' metadata names for the others, over that instance's {@link QueryServer}.
 */
public final class EstimateQueries {

    private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(REMOTE_TIMEOUT).build();

    public EstimateQueries(final KafkaStreams streams, final HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    /** The estimate of one subject, from whichever instance holds it. */
    public Optional<Estimate> one(final String subject) throws IOException, InterruptedException {
        final KeyQueryMetadata metadata = streams.queryMetadataForKey(NewswireTopology.ESTIMATES_STORE, subject,
                Serdes.String().serializer());
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            throw new StoreUnavailableException("the estimates store is not available yet (state "
                    + streams.state() + ")");
        }
        if (metadata.activeHost().equals(self)) {
            return localOne(subject);
        }
        final HttpResponse<byte[]> response = get(metadata.activeHost(), "/estimates/"
                + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20") + "?local=true");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(JsonSerde.mapper().readValue(response.body(), Estimate.class));
    }

    /** Every estimate, gathered from all instances, ordered by subject key. */
    public List<Estimate> all() throws IOException, InterruptedException {
        final List<Estimate> estimates = new ArrayList<>();
        for (final StreamsMetadata instance : streams.streamsMetadataForStore(NewswireTopology.ESTIMATES_STORE)) {
            if (instance.hostInfo().equals(self)) {
                estimates.addAll(localAll());
            } else {
                final HttpResponse<byte[]> response = get(instance.hostInfo(), "/estimates?local=true");
                estimates.addAll(JsonSerde.mapper().readValue(response.body(), new TypeReference<List<Estimate>>() { }));
            }
        }
        estimates.sort(Comparator.comparing(estimate -> estimate.subject().key()));
        return estimates;
    }

    /** The estimate of a subject in this instance's store only. */
    public Optional<Estimate> localOne(final String subject) {
        return Optional.ofNullable(store().get(subject));
    }

    /** The estimates in this instance's store only. */
    public List<Estimate> localAll() {
        final List<Estimate> estimates = new ArrayList<>();
        try (KeyValueIterator<String, Estimate> all = store().all()) {
            all.forEachRemaining(entry -> estimates.add(entry.value));
        }
        return estimates;
    }

    private ReadOnlyKeyValueStore<String, Estimate> store() {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(NewswireTopology.ESTIMATES_STORE,
                    QueryableStoreTypes.keyValueStore()));
        } catch (final org.apache.kafka.streams.errors.InvalidStateStoreException e) {
            throw new StoreUnavailableException("the estimates store is not queryable now: " + e.getMessage());
        }
    }

    private HttpResponse<byte[]> get(final HostInfo host, final String path) throws IOException, InterruptedException {
        final HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + path))
                .timeout(REMOTE_TIMEOUT).GET().build();
        final HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 && response.statusCode() != 404) {
            throw new StoreUnavailableException("instance " + host.host() + ":" + host.port() + " answered "
                    + response.statusCode() + " for " + path);
        }
        return response;
    }

    /** The store cannot answer now (rebalancing, starting, or an instance unreachable): worth retrying. */
    public static final class StoreUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreUnavailableException(final String message) {
            super(message);
        }
    }
}
