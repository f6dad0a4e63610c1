package org.chorus.query.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** One in-memory Mongo wire server per test JVM, spoken to through the real driver. */
public final class MongoWire {
    private static final MongoServer SERVER = start();

    private MongoWire() {
    }

    public static String uri() {
        return SERVER.getConnectionString();
    }

    private static MongoServer start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return server;
    }
}
