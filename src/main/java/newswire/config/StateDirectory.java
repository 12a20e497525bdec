package newswire.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Kafka Streams keeps local state when {@code state.dir} is not set: a per-user data directory that survives a
 * reboot, unlike Kafka's default under {@code /tmp}. Losing it is safe (the state is restored from the changelog topics)
 * but slow, and a directory the OS cleans under a running instance breaks its checkpoints.
 */
final class StateDirectory {

    private StateDirectory() {
    }

    /**
     * {@code $XDG_DATA_HOME/newswire/state} (the XDG base directory rule Linux desktops and servers follow), else
     * {@code %LOCALAPPDATA%\newswire\state} on Windows, else {@code ~/.local/share/newswire/state}.
     */
    static Path defaultFor(final Map<String, String> environment, final String userHome) {
        final String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "newswire", "state");
        }
        final String localAppData = environment.get("LOCALAPPDATA");
        if (localAppData != null && !localAppData.isBlank()) {
            return Path.of(localAppData, "newswire", "state");
        }
        return Path.of(userHome, ".local", "share", "newswire", "state");
    }
}
