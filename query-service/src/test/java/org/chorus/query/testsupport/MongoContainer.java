package org.chorus.query.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The official MongoDB image as a one-member replica set, for {@code -Dchorus.test.engines=containers} on a machine
 * with Docker; Testcontainers removes it when the JVM exits.
 */
final class MongoContainer {
    static final String IMAGE = "mongo:8";

    private MongoContainer() {
    }

    static String start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-D" + MongoWire.SWITCH + "=containers needs a Docker engine and "
                    + "Testcontainers found none (DOCKER_HOST, ~/.testcontainers.properties, /var/run/docker.sock): "
                    + "start Docker, or leave the switch out to run on the embedded engines");
        }
        MongoDBContainer mongo = new MongoDBContainer(IMAGE).withReplicaSet();
        mongo.start();
        return mongo.getReplicaSetUrl();
    }
}
