package org.chorus.query.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.chorus.web.engines.EngineSwitch;
import org.jspecify.annotations.Nullable;

/**
 * One Mongo per test JVM, spoken to through the real driver, started on first use. {@value EngineSwitch#SWITCH}
 * picks it: the in-memory wire server ({@code embedded}, the default) or a {@code mongo:8} replica set
 * ({@code containers}).
 */
public final class MongoWire {
    private static @Nullable String uri;

    private MongoWire() {
    }

    public static synchronized String uri() {
        if (uri == null) {
            uri = EngineSwitch.containers() ? MongoContainer.start() : wireServer();
        }
        return uri;
    }

    private static String wireServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return server.getConnectionString();
    }
}
