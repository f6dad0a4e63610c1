package org.chorus.web.engines;

import org.testcontainers.DockerClientFactory;

/**
 * Reads {@value #SWITCH}, which picks where both services' integration tests run their engines: {@code embedded}
 * (the default, no Docker needed) or {@code containers} (the official images through Testcontainers).
 */
public final class EngineSwitch {
    /** The system property that picks the engines. */
    public static final String SWITCH = "chorus.test.engines";

    private EngineSwitch() {
    }

    /** Whether the tests run on containers; an unknown value fails at once. */
    public static boolean containers() {
        String choice = System.getProperty(SWITCH, "embedded");
        return switch (choice) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> throw new IllegalStateException(
                    "-D" + SWITCH + "=" + choice + " is neither embedded (the default) nor containers");
        };
    }

    /** Fails at once, saying what to do, when Testcontainers finds no Docker engine. */
    public static void requireDocker() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-D" + SWITCH + "=containers needs a Docker engine and "
                    + "Testcontainers found none (DOCKER_HOST, ~/.testcontainers.properties, /var/run/docker.sock): "
                    + "start Docker, or leave the switch out to run on the embedded engines");
        }
    }
}
