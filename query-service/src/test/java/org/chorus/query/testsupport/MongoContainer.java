package org.chorus.query.testsupport;

import org.chorus.web.engines.EngineSwitch;
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
        EngineSwitch.requireDocker();
        MongoDBContainer mongo = new MongoDBContainer(IMAGE).withReplicaSet();
        mongo.start();
        return mongo.getReplicaSetUrl();
    }
}
