package org.chorus.query.insight;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.size;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.conversions.Bson;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;

/** Mongo filters for what analysts may see and for the feed's conditions other than words. */
final class StoryQueries {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private StoryQueries() {
    }

    /** Approved and consented to analysis; tombstones have neither. */
    static Bson visible() {
        return and(eq(StoryFields.STATUS, StoryStatus.APPROVED.name()), eq(StoryFields.CONSENT_ANALYSIS, true));
    }

    /** The filter's conditions but its words, which only the word-search index reads (see {@link StoryFinder}). */
    static Bson matching(StoryFilter filter) {
        return and(conditions(filter));
    }

    private static List<Bson> conditions(StoryFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(visible());
        addIfSet(conditions, StoryFields.THEMES, filter.theme());
        addIfSet(conditions, StoryFields.PLACE, filter.place());
        addIfSet(conditions, StoryFields.SERVICE_AREAS, filter.serviceArea());
        addIfSet(conditions, StoryFields.FEELING, filter.feeling());
        addIfSet(conditions, StoryFields.CAMPAIGN_ID, filter.campaignId());
        if (filter.from() != null) {
            conditions.add(gte(StoryFields.APPROVED_AT, startOf(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(lt(StoryFields.APPROVED_AT, startOf(filter.to().plusDays(1))));
        }
        if (filter.uncoded()) {
            conditions.add(size(StoryFields.THEMES, 0));
        }
        return conditions;
    }

    private static void addIfSet(List<Bson> conditions, String field, @Nullable String value) {
        if (value != null) {
            conditions.add(eq(field, value));
        }
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(LONDON).toInstant());
    }
}
