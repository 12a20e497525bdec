package newswire.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Produced;

/** A topic with the serdes of its keys and values, so that no edge of the topology can pair them wrongly. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Produced<K, V> produced(final String processorName) {
        return Produced.with(keySerde, valueSerde).withName(processorName);
    }
}
