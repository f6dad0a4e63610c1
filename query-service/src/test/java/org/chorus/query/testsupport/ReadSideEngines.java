package org.chorus.query.testsupport;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test at its read store and at the key endpoint that plays command-service. */
public final class ReadSideEngines {
    /** The internal password both the read side and the test's key endpoint use. */
    public static final String INTERNAL_PASSWORD = "internal-test";

    private ReadSideEngines() {
    }

    /** A fresh database named after the test on the shared wire server, and the given key endpoint. */
    public static void register(DynamicPropertyRegistry registry, String test, Supplier<Object> commandUrl) {
        register(registry, MongoWire::uri, test + "-" + UUID.randomUUID(), commandUrl);
    }

    /** The given read store and database, and the given key endpoint. */
    public static void register(DynamicPropertyRegistry registry, Supplier<Object> mongoUri, String database,
            Supplier<Object> commandUrl) {
        registerStores(registry, mongoUri, database, commandUrl);
        // a broker runs: the curated stream is on, as it is in production (off in the tests' application.properties)
        registry.add("chorus.sharing.enabled", () -> "true");
    }

    /** For a test whose listeners stay stopped: that database on the shared wire server, and the key endpoint. */
    public static void registerWithoutBroker(DynamicPropertyRegistry registry, String database,
            Supplier<Object> commandUrl) {
        registerStores(registry, MongoWire::uri, database, commandUrl);
    }

    private static void registerStores(DynamicPropertyRegistry registry, Supplier<Object> mongoUri, String database,
            Supplier<Object> commandUrl) {
        registry.add("chorus.mongo.uri", mongoUri);
        registry.add("chorus.mongo.database", () -> database);
        registry.add("chorus.command.url", commandUrl);
        registry.add("chorus.internal.password", () -> INTERNAL_PASSWORD);
    }
}
