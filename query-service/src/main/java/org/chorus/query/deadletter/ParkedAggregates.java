package org.chorus.query.deadletter;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * The parked aggregates ({@code parked_aggregates}, one document per aggregate, {@code _id} = aggregate id). Every
 * change is one single-document write, so parking a record, replaying one and unparking stay race-free between the
 * live listener and a replay without transactions: entries are keyed by sequence, and the document is deleted only
 * while its entries are empty.
 */
public final class ParkedAggregates {
    public static final String COLLECTION = "parked_aggregates";
    private static final String ID = "_id";
    private static final String TOPIC = "topic";
    private static final String REASON = "reason";
    private static final String EXCEPTION = "exception";
    private static final String FIRST_SEQUENCE = "firstSequence";
    private static final String SINCE = "since";
    private static final String ENTRIES = "entries";

    private final MongoCollection<Document> parked;

    ParkedAggregates(MongoDatabase database) {
        this.parked = database.getCollection(COLLECTION);
    }

    /**
     * Carries the parked aggregates over into a rebuilt database before it is switched in (the live consumers are
     * stopped then): a rebuild holds back the same aggregates, and their parked records stay replayable from there.
     */
    public static void carryOver(MongoDatabase from, MongoDatabase to) {
        MongoCollection<Document> target = to.getCollection(COLLECTION);
        target.deleteMany(new Document());
        for (Document aggregate : from.getCollection(COLLECTION).find()) {
            target.insertOne(aggregate);
        }
    }

    /** Whether the aggregate is parked now. */
    public static boolean isParked(MongoDatabase database, String aggregateId) {
        return database.getCollection(COLLECTION).find(eq(ID, aggregateId)).first() != null;
    }

    /** The ids of the aggregates parked now. */
    public static Set<String> ids(MongoDatabase database) {
        Set<String> ids = new HashSet<>();
        database.getCollection(COLLECTION).find().projection(new Document(ID, 1))
                .forEach(aggregate -> ids.add(aggregate.getString(ID)));
        return ids;
    }

    /** Which of these aggregates are parked now, in one request. */
    Set<String> parkedAmong(Collection<String> aggregateIds) {
        Set<String> ids = new HashSet<>();
        parked.find(in(ID, aggregateIds)).projection(new Document(ID, 1))
                .forEach(aggregate -> ids.add(aggregate.getString(ID)));
        return ids;
    }

    Optional<ParkedAggregate> find(String aggregateId) {
        return Optional.ofNullable(parked.find(eq(ID, aggregateId)).first()).map(ParkedAggregates::aggregate);
    }

    List<ParkedAggregate> all() {
        return parked.find().sort(ascending(ID)).map(ParkedAggregates::aggregate).into(new ArrayList<>());
    }

    long count() {
        return parked.countDocuments();
    }

    /** Parks the aggregate at a poison record, or adds the record to it if it is parked already. */
    void park(String aggregateId, String topic, String exception, Instant since, ParkedEntry entry) {
        parked.updateOne(eq(ID, aggregateId), combine(
                setOnInsert(TOPIC, topic), setOnInsert(REASON, entry.reason()), setOnInsert(EXCEPTION, exception),
                setOnInsert(FIRST_SEQUENCE, entry.sequence()), setOnInsert(SINCE, Date.from(since)),
                set(ENTRIES + "." + entry.key(), entry.document())), new UpdateOptions().upsert(true));
    }

    /** Adds a record behind the parked ones; false when the aggregate is no longer parked (a replay just ended). */
    boolean parkBehind(String aggregateId, ParkedEntry entry) {
        return parked.updateOne(eq(ID, aggregateId), set(ENTRIES + "." + entry.key(), entry.document()))
                .getMatchedCount() == 1;
    }

    /** Removes a replayed entry, unless a newer copy of the same event replaced it meanwhile. */
    void replayed(String aggregateId, ParkedEntry entry) {
        String field = ENTRIES + "." + entry.key();
        parked.updateOne(and(eq(ID, aggregateId), eq(field + "." + ParkedEntry.DLT_PARTITION, entry.dltPartition()),
                eq(field + "." + ParkedEntry.DLT_OFFSET, entry.dltOffset())), unset(field));
    }

    /** A replay stopped at this entry: the aggregate is now parked at its sequence, for this reason. */
    void failedAgain(String aggregateId, ParkedEntry entry, String reason, String exception) {
        parked.updateOne(eq(ID, aggregateId), combine(set(REASON, reason), set(EXCEPTION, exception),
                set(FIRST_SEQUENCE, entry.sequence())));
    }

    /** Unparks the aggregate if nothing is left parked; false when a record was parked behind meanwhile. */
    boolean unparkIfEmpty(String aggregateId) {
        return parked.deleteOne(and(eq(ID, aggregateId), eq(ENTRIES, new Document()))).getDeletedCount() == 1;
    }

    private static ParkedAggregate aggregate(Document document) {
        Document entries = document.get(ENTRIES, new Document());
        return new ParkedAggregate(document.getString(ID), document.getString(TOPIC), document.getString(REASON),
                document.getString(EXCEPTION), ((Number) document.get(FIRST_SEQUENCE)).longValue(),
                document.getDate(SINCE).toInstant(),
                entries.values().stream().map(entry -> ParkedEntry.from((Document) entry)).toList());
    }
}
