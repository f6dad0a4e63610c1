package org.chorus.query.testsupport;

import org.testcontainers.DockerClientFactory;

/** Reads {@value #SWITCH}, which picks the test engines: {@code embedded} (the default) or {@code containers}. */
final class EngineSwitch {
    static final String SWITCH = "chorus.test.engines";

    private EngineSwitch() {
    }

    static boolean containers() {
        String choice = System.getProperty(SWITCH, "embedded");
        return switch (choice) {
            case "embedded" -> false;
            case "containers" -> true;
            default -> throw new IllegalStateException(
                    "-D" + SWITCH + "=" + choice + " is neither embedded (the default) nor containers");
        };
    }

    static void requireDocker() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-D" + SWITCH + "=containers needs a Docker engine and "
                    + "Testcontainers found none (DOCKER_HOST, ~/.testcontainers.properties, /var/run/docker.sock): "
                    + "start Docker, or leave the switch out to run on the embedded engines");
        }
    }
}
