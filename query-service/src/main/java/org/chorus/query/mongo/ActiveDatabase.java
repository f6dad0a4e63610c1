package org.chorus.query.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which database holds the read models now. A control document ({@code <database>_control.active}, one document)
 * names the active database, the one it replaced (kept for a roll-back) and the generation; without it the
 * configured {@code chorus.mongo.database} is active. A rebuild fills {@code <database>_r<generation>} and switches
 * to it; the switch drops the database before the previous one.
 */
public final class ActiveDatabase {
    static final String CONTROL_SUFFIX = "_control";
    static final String CONTROL_COLLECTION = "active";
    static final String CONTROL_ID = "readmodels";
    static final String DATABASE = "database";
    static final String PREVIOUS = "previous";
    static final String GENERATION = "generation";
    private static final Logger log = LoggerFactory.getLogger(ActiveDatabase.class);

    private final MongoClient client;
    private final String configured;
    private final MongoCollection<Document> control;
    private final HashedSharding sharding;
    private final ThreadLocal<@Nullable MongoDatabase> pinned = new ThreadLocal<>();
    private volatile String active;

    ActiveDatabase(MongoClient client, String configured) {
        this(client, configured, HashedSharding.none(client));
    }

    /** With the active database prepared for sharding, and each rebuild target when it is handed out. */
    ActiveDatabase(MongoClient client, String configured, HashedSharding sharding) {
        this.client = client;
        this.configured = configured;
        this.sharding = sharding;
        this.control = client.getDatabase(configured + CONTROL_SUFFIX).getCollection(CONTROL_COLLECTION);
        this.active = pointer().map(document -> document.getString(DATABASE)).orElse(configured);
        sharding.prepare(active);
        log.info("read models in database {}", active);
    }

    /** The database every reader and projection uses: the active one, or the one this thread is pinned to. */
    MongoDatabase resolve() {
        MongoDatabase override = pinned.get();
        return override != null ? override : client.getDatabase(active);
    }

    /** The name of the active database. */
    public String active() {
        return active;
    }

    /** A database by name, not switched to. */
    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /**
     * A fresh database name for the next rebuild, never the active or the previous one; dropped first, in case an
     * earlier rebuild left it half filled.
     */
    public synchronized String nextRebuildTarget() {
        Optional<Document> pointer = pointer();
        String previous = pointer.map(document -> document.getString(PREVIOUS)).orElse(null);
        long generation = pointer.map(document -> document.get(GENERATION, Number.class).longValue()).orElse(0L);
        String name;
        do {
            generation++;
            name = configured + "_r" + generation;
        } while (name.equals(active) || name.equals(previous));
        dropCollectionsOf(name);
        sharding.prepare(name);
        return name;
    }

    /**
     * Runs work with the shared database bean resolving to {@code target} on this thread only: the Spring-built
     * read models (the story observers) then write to a database being rebuilt while every other thread serves the
     * active one.
     */
    public void pinned(MongoDatabase target, Runnable work) {
        pinned.set(target);
        try {
            work.run();
        } finally {
            pinned.remove();
        }
    }

    /**
     * Makes {@code name} the active database, keeps the one it replaces as the previous and drops the one that was
     * previous before (unless it is one of the two). A switch back to the previous one is a roll-back.
     */
    public synchronized void switchTo(String name) {
        Optional<Document> pointer = pointer();
        String before = active;
        String dropped = pointer.map(document -> document.getString(PREVIOUS)).orElse(null);
        long generation = pointer.map(document -> document.get(GENERATION, Number.class).longValue()).orElse(0L);
        long next = name.startsWith(configured + "_r") ? Math.max(generation, generationOf(name)) : generation;
        control.replaceOne(eq("_id", CONTROL_ID), new Document("_id", CONTROL_ID).append(DATABASE, name)
                .append(PREVIOUS, before).append(GENERATION, next), new ReplaceOptions().upsert(true));
        active = name;
        log.info("read models switched from database {} to {}", before, name);
        if (dropped != null && !dropped.equals(name) && !dropped.equals(before)) {
            dropCollectionsOf(dropped);
            log.info("dropped database {}, the one before the previous", dropped);
        }
    }

    /**
     * Empties a database collection by collection rather than with dropDatabase: the Mongo wire server's file backend
     * drops a database's catalogue entries by name prefix, so dropping {@code chorus} also unregistered
     * {@code chorus_control} and {@code chorus_r2} (their data vanished while their unique indexes stayed). A real
     * MongoDB removes a database once its last collection is gone.
     */
    private void dropCollectionsOf(String name) {
        MongoDatabase database = client.getDatabase(name);
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).drop();
        }
    }

    private long generationOf(String name) {
        try {
            return Long.parseLong(name.substring((configured + "_r").length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Optional<Document> pointer() {
        return Optional.ofNullable(control.find(eq("_id", CONTROL_ID)).first());
    }

    /** The shared database bean: resolves to {@link #resolve()} on every call. */
    MongoDatabase proxy() {
        Supplier<MongoDatabase> target = this::resolve;
        return Resolving.database(target);
    }
}
