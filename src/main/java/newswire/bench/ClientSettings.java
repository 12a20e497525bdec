package newswire.bench;

import java.util.Map;
import java.util.TreeMap;

/** The settings meant for one kind of client: {@code producer.linger.ms=5} is {@code linger.ms=5} for a producer. */
final class ClientSettings {

    private ClientSettings() {
    }

    static Map<String, String> prefixed(final Map<String, String> settings, final String prefix) {
        final Map<String, String> selected = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                selected.put(key.substring(prefix.length()), value);
            }
        });
        return selected;
    }
}
