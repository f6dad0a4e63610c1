package org.chorus.query.equality;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the shared equality profiles a filter covers, by dimension, and suppresses small numbers. Reads the whole
 * (small: one short document per consenting approved story) matching part of {@code equality_profiles} each time, so
 * any combination of filters is counted exactly and suppressed by the same rule; nothing is pre-aggregated.
 */
@Component
public class EqualityReader {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MongoCollection<Document> profiles;

    EqualityReader(MongoDatabase database) {
        this.profiles = database.getCollection(EqualityFields.COLLECTION);
    }

    /** Declares the filter indexes for MongoDB 8; the embedded store accepts and ignores them. */
    @EventListener(ApplicationReadyEvent.class)
    void declareIndexes() {
        profiles.createIndex(Indexes.ascending(EqualityFields.PLACE, EqualityFields.APPROVED_AT));
        profiles.createIndex(Indexes.ascending(EqualityFields.THEMES, EqualityFields.APPROVED_AT));
    }

    /** The counts for the stories {@code filter} covers, suppressed; every dimension unless it names one. */
    public EqualityReport report(EqualityFilter filter) {
        List<Dimension> shown = filter.dimension() == null ? Arrays.asList(Dimension.values())
                : List.of(filter.dimension());
        Map<Dimension, Map<String, Integer>> counts = new EnumMap<>(Dimension.class);
        for (Dimension dimension : shown) {
            Map<String, Integer> groups = dimension == Dimension.PLACE ? new TreeMap<>() : new LinkedHashMap<>();
            dimension.groups().forEach(group -> groups.put(group, 0));
            counts.put(dimension, groups);
        }
        int total = 0;
        for (Document profile : profiles.find(matching(filter))
                .projection(Projections.include(EqualityFields.PLACE, EqualityFields.GROUPS))) {
            total++;
            Document groups = profile.get(EqualityFields.GROUPS, Document.class);
            counts.forEach((dimension, cells) -> cells.merge(dimension == Dimension.PLACE
                    ? profile.getString(EqualityFields.PLACE) : groups.getString(dimension.key()), 1, Integer::sum));
        }
        return Suppression.report(total, counts);
    }

    private static Bson matching(EqualityFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.place() != null) {
            conditions.add(eq(EqualityFields.PLACE, filter.place()));
        }
        if (filter.theme() != null) {
            conditions.add(eq(EqualityFields.THEMES, filter.theme()));
        }
        if (filter.from() != null) {
            conditions.add(gte(EqualityFields.APPROVED_AT, startOf(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(lt(EqualityFields.APPROVED_AT, startOf(filter.to().plusDays(1))));
        }
        return conditions.isEmpty() ? new Document() : and(conditions);
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(LONDON).toInstant());
    }
}
