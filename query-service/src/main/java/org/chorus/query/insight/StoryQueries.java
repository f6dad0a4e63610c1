package org.chorus.query.insight;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Filters.size;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;

/** Mongo filters for what analysts may see and for the feed's conditions. */
final class StoryQueries {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private StoryQueries() {
    }

    /** Approved and consented to analysis; tombstones have neither. */
    static Bson visible() {
        return and(eq(StoryFields.STATUS, StoryStatus.APPROVED.name()), eq(StoryFields.CONSENT_ANALYSIS, true));
    }

    static Bson matching(StoryFilter filter) {
        return and(conditions(filter));
    }

    /** Matching stories after one position (or from the start) up to and including another (or without end). */
    static Bson between(StoryFilter filter, @Nullable FeedCursor after, @Nullable FeedCursor upTo) {
        List<Bson> conditions = conditions(filter);
        if (after != null) {
            Date approvedAt = Date.from(after.approvedAt());
            conditions.add(or(gt(StoryFields.APPROVED_AT, approvedAt),
                    and(eq(StoryFields.APPROVED_AT, approvedAt), gt(StoryFields.ID, after.id()))));
        }
        if (upTo != null) {
            Date approvedAt = Date.from(upTo.approvedAt());
            conditions.add(or(lt(StoryFields.APPROVED_AT, approvedAt),
                    and(eq(StoryFields.APPROVED_AT, approvedAt), lte(StoryFields.ID, upTo.id()))));
        }
        return and(conditions);
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
        for (String word : filter.words()) {
            Pattern pattern = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE);
            conditions.add(or(regex(StoryFields.TITLE, pattern), regex(StoryFields.NARRATIVE, pattern)));
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
