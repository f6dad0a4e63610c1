package org.chorus.query.consistency;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.chorus.query.campaign.CampaignFields;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.equality.EqualityFields;
import org.chorus.query.insight.StoryFinder;
import org.chorus.query.insight.VisibleStory;
import org.chorus.query.insight.arrival.ArrivalFields;
import org.chorus.query.insight.counts.CounterFields;
import org.chorus.query.session.SessionFields;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;

/**
 * The version each read model has applied, read once per check. The five primary read models keep the sequence of the
 * last event they applied ({@code lastSequence}; the codebook its revision, one more than the sequence). The
 * read models derived from a story document keep no sequence of their own (their observers re-read the story
 * document after every story event, a redelivered one included); each is given the story document's
 * {@code lastSequence} when it agrees with that document, and null when it does not.
 */
final class ReadModelSnapshot {
    static final String STORIES = StoryFields.COLLECTION;
    static final String STORY_COUNTED = CounterFields.COUNTED;
    static final String ARRIVAL_MARKS = ArrivalFields.MARKS;
    static final String EQUALITY_PROFILES = EqualityFields.COLLECTION;
    static final String SEARCH_INDEX = "search_index";
    static final String SESSIONS = SessionFields.SESSIONS;
    static final String CAMPAIGNS = CampaignFields.CAMPAIGNS;
    static final String CHAMPIONS = CampaignFields.CHAMPIONS;
    static final String CODEBOOK = CodebookProjection.COLLECTION;
    /** The read models derived from story documents, which a redelivered story event brings in line. */
    static final Set<String> DERIVED = Set.of(STORY_COUNTED, ARRIVAL_MARKS, EQUALITY_PROFILES, SEARCH_INDEX);
    // command-service's one codebook
    static final String CODEBOOK_ID = "codebook";
    private static final String EQUALITY_MONITORING = "equalityMonitoring";

    private final Map<String, Document> stories;
    private final Map<String, Document> counted;
    private final Map<String, Document> marks;
    private final Map<String, Document> profiles;
    private final Map<String, Long> sessions;
    private final Map<String, Long> campaigns;
    private final Map<String, Long> champions;
    private final @Nullable Long codebook;
    private final Set<String> indexedInLine;

    private ReadModelSnapshot(MongoDatabase database, StoryFinder search) {
        this.stories = documents(database.getCollection(StoryFields.COLLECTION), StoryFields.LAST_SEQUENCE,
                StoryFields.ERASED, StoryFields.STATUS, StoryFields.CONSENT, StoryFields.APPROVED_AT, StoryFields.PLACE,
                StoryFields.THEMES, StoryFields.EQUALITY_PROFILE);
        this.counted = documents(database.getCollection(CounterFields.COUNTED), CounterFields.CONTRIBUTION,
                CounterFields.TARGET);
        this.marks = documents(database.getCollection(ArrivalFields.MARKS), ArrivalFields.VISIBLE,
                ArrivalFields.PENDING);
        this.profiles = documents(database.getCollection(EqualityFields.COLLECTION), EqualityFields.PLACE,
                EqualityFields.THEMES);
        this.sessions = versions(database.getCollection(SessionFields.SESSIONS), SessionFields.LAST_SEQUENCE);
        this.campaigns = versions(database.getCollection(CampaignFields.CAMPAIGNS), CampaignFields.LAST_SEQUENCE);
        this.champions = versions(database.getCollection(CampaignFields.CHAMPIONS), CampaignFields.LAST_SEQUENCE);
        Document current = database.getCollection(CodebookProjection.COLLECTION)
                .find(new Document("_id", CodebookProjection.CURRENT)).first();
        this.codebook = current == null ? null : ((Number) current.get(CodebookProjection.REVISION)).longValue() - 1;
        this.indexedInLine = inLine(search, stories);
    }

    /** Reads every read model's versions now. */
    static ReadModelSnapshot read(MongoDatabase database, StoryFinder search) {
        return new ReadModelSnapshot(database, search);
    }

    /** Every aggregate some read model holds, with its type. */
    Map<String, String> aggregates() {
        Map<String, String> all = new LinkedHashMap<>();
        stories.keySet().forEach(id -> all.put(id, AggregateTypes.STORY));
        counted.keySet().forEach(id -> all.putIfAbsent(id, AggregateTypes.STORY));
        marks.keySet().forEach(id -> all.putIfAbsent(id, AggregateTypes.STORY));
        profiles.keySet().forEach(id -> all.putIfAbsent(id, AggregateTypes.STORY));
        sessions.keySet().forEach(id -> all.put(id, AggregateTypes.SESSION));
        campaigns.keySet().forEach(id -> all.put(id, AggregateTypes.CAMPAIGN));
        champions.keySet().forEach(id -> all.put(id, AggregateTypes.CHAMPION));
        if (codebook != null) {
            all.put(CODEBOOK_ID, AggregateTypes.CODEBOOK);
        }
        return all;
    }

    /** The version each read model of the aggregate's type holds, null where it holds nothing or disagrees. */
    Map<String, @Nullable Long> of(String type, String aggregateId) {
        Map<String, @Nullable Long> versions = new LinkedHashMap<>();
        switch (type) {
            case AggregateTypes.STORY -> story(aggregateId, versions);
            case AggregateTypes.SESSION -> versions.put(SESSIONS, sessions.get(aggregateId));
            case AggregateTypes.CAMPAIGN -> versions.put(CAMPAIGNS, campaigns.get(aggregateId));
            case AggregateTypes.CHAMPION -> versions.put(CHAMPIONS, champions.get(aggregateId));
            case AggregateTypes.CODEBOOK -> versions.put(CODEBOOK, codebook);
            default -> {
                // a type no read model is fed by: nothing to compare
            }
        }
        return versions;
    }

    private void story(String id, Map<String, @Nullable Long> versions) {
        Document story = stories.get(id);
        Long version = story == null ? null : ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue();
        versions.put(STORIES, version);
        boolean erased = story != null && story.getBoolean(StoryFields.ERASED, false);
        boolean visible = story != null && VisibleStory.is(story);
        versions.put(STORY_COUNTED, version != null && countedInLine(counted.get(id), erased) ? version : null);
        versions.put(ARRIVAL_MARKS, version != null && markInLine(marks.get(id), visible) ? version : null);
        versions.put(EQUALITY_PROFILES,
                version != null && profileInLine(profiles.get(id), Objects.requireNonNull(story)) ? version : null);
        versions.put(SEARCH_INDEX, version != null && indexedInLine.contains(id) ? version : null);
    }

    // every story the model holds counts once by status; an erased one counts nowhere; a target is a change half made
    private static boolean countedInLine(@Nullable Document record, boolean erased) {
        if (record == null) {
            return erased;
        }
        return !record.containsKey(CounterFields.TARGET)
                && record.getList(CounterFields.CONTRIBUTION, String.class, List.of()).isEmpty() == erased;
    }

    private static boolean markInLine(@Nullable Document mark, boolean visible) {
        if (mark == null) {
            return !visible;
        }
        return mark.get(ArrivalFields.PENDING) == null && mark.getBoolean(ArrivalFields.VISIBLE, false) == visible;
    }

    // a missing profile is no disagreement: it is also missing while its key is not released
    private static boolean profileInLine(@Nullable Document profile, Document story) {
        if (profile == null) {
            return true;
        }
        Document consent = story.get(StoryFields.CONSENT, new Document());
        return VisibleStory.is(story) && consent.getBoolean(EQUALITY_MONITORING, false)
                && story.get(StoryFields.EQUALITY_PROFILE) != null
                && Objects.equals(profile.getString(EqualityFields.PLACE), story.getString(StoryFields.PLACE))
                && Objects.equals(profile.getList(EqualityFields.THEMES, String.class, List.of()),
                        story.getList(StoryFields.THEMES, String.class, List.of()));
    }

    // asked now, with the other read models, rather than when the aggregate is compared after the topics were read
    private static Set<String> inLine(StoryFinder search, Map<String, Document> stories) {
        Set<String> inLine = new HashSet<>();
        stories.forEach((id, story) -> {
            if (search.inLine(id, VisibleStory.is(story),
                    ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue())) {
                inLine.add(id);
            }
        });
        return inLine;
    }

    private static Map<String, Document> documents(MongoCollection<Document> collection, String... fields) {
        Map<String, Document> byId = new HashMap<>();
        collection.find().projection(Projections.include(fields))
                .forEach(document -> byId.put(String.valueOf(document.get("_id")), document));
        return byId;
    }

    private static Map<String, Long> versions(MongoCollection<Document> collection, String field) {
        Map<String, Long> byId = new HashMap<>();
        collection.find().projection(Projections.include(field))
                .forEach(document -> byId.put(String.valueOf(document.get("_id")),
                        ((Number) document.get(field)).longValue()));
        return byId;
    }
}
