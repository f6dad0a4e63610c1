package org.chorus.query.equality;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.EqualityProfile;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryEqualityProfileSharedEvent;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.equality.EqualityReport.Cell;
import org.chorus.query.story.DerivedFromStories;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.StoryFollower;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real sealed profiles through the story projection into the equality read model, counted and suppressed as a
 * programme lead would see them.
 */
class EqualityProjectionTest {
    private static final Instant NOVEMBER = Instant.parse("2026-11-10T10:00:00Z");
    private static final Instant DECEMBER = Instant.parse("2026-12-02T10:00:00Z");
    private static final Consent MONITORED = new Consent(true, false, false, false, true, "v1", ConsentBasis.SELF);
    private static final Consent UNMONITORED = new Consent(true, false, false, false, false, "v1", ConsentBasis.SELF);
    private static final Consent NO_ANALYSIS = new Consent(false, false, false, false, true, "v1", ConsentBasis.SELF);

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("equality-" + UUID.randomUUID());
    private final KeyRing keys = new KeyRing();
    private final StoryProjection projection = new StoryProjection(database, keys, StoryFollower.NONE, List::of,
            List.of(new EqualityProjection(database, keys)));
    private final EqualityReader reader = new EqualityReader(database);
    private final Map<StoryId, Long> sequences = new HashMap<>();
    private final List<StoryId> lewisham = new ArrayList<>();

    @AfterEach
    void close() {
        client.close();
    }

    /** 15 stories in Lewisham coded ACCESS, approved in November; 3 in Greenwich, approved in December. */
    private void hearFromEighteenPeople() {
        for (int i = 0; i < 6; i++) {
            lewisham.add(heard("LEWISHAM", NOVEMBER, new EqualityProfile(AgeBand.AGE_25_34, "WHITE_BRITISH", "Woman", false)));
            lewisham.add(heard("LEWISHAM", NOVEMBER, new EqualityProfile(AgeBand.AGE_35_44, "BLACK_AFRICAN", "MAN", true)));
        }
        for (int i = 0; i < 2; i++) {
            lewisham.add(heard("LEWISHAM", NOVEMBER, new EqualityProfile(AgeBand.AGE_13_15, "ASIAN_INDIAN", "woman", null)));
        }
        lewisham.add(heard("LEWISHAM", NOVEMBER, new EqualityProfile(null, null, "my own words about me", null)));
        lewisham.forEach(id -> next(id, Stories.coded(id, List.of("ACCESS"), List.of()), NOVEMBER));
        for (int i = 0; i < 3; i++) {
            heard("GREENWICH", DECEMBER, new EqualityProfile(AgeBand.AGE_45_54, "WHITE_BRITISH", "MAN", false));
        }
    }

    /** A story submitted, given monitoring consent, approved at {@code approvedAt} and its profile shared. */
    private StoryId heard(String place, Instant approvedAt, EqualityProfile profile) {
        StoryId id = StoryId.random();
        next(id, Stories.submitted(id, place, Feeling.MIXED, null), approvedAt);
        next(id, new StoryConsentChangedEvent(id, MONITORED, "champion"), approvedAt);
        next(id, Stories.approved(id, keys.seal("published-" + id, "Title", "Words")), approvedAt);
        next(id, shared(id, profile), approvedAt);
        return id;
    }

    private StoryEqualityProfileSharedEvent shared(StoryId id, EqualityProfile profile) {
        return new StoryEqualityProfileSharedEvent(id,
                keys.sealWith("profile-" + id, KernelJson.mapper().writeValueAsString(profile)));
    }

    private void next(StoryId id, StoryEvent event, Instant at) {
        long sequence = sequences.merge(id, 0L, (last, ignored) -> last + 1);
        projection.apply(event, sequence, at);
    }

    private EqualityReport report(@Nullable String place, @Nullable String theme, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        return reader.report(new EqualityFilter(place, theme, from, to, null));
    }

    private EqualityReport everyone() {
        return report(null, null, null, null);
    }

    /** The cells of a dimension that are not zero, as group=count or group=* when suppressed. */
    private static String shown(EqualityReport report, String dimension) {
        return report.dimensions().get(dimension).stream()
                .filter(cell -> cell.suppressed() || cell.count() != 0)
                .map(cell -> cell.group() + "=" + (cell.suppressed() ? "*" : cell.count()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void countsEachDimensionSuppressingSmallCellsAndWhatWouldGiveThemAway() {
        hearFromEighteenPeople();

        EqualityReport lewishamOnly = report("LEWISHAM", null, null, null);

        assertThat(lewishamOnly.total()).isEqualTo(15);
        assertThat(lewishamOnly.suppressed()).isFalse();
        // ASIAN_INDIAN (2) and NOT_ANSWERED (1) add up to 3: the smallest other cell goes too
        assertThat(shown(lewishamOnly, "ethnicity"))
                .isEqualTo("ASIAN_INDIAN=* BLACK_AFRICAN=* WHITE_BRITISH=6 NOT_ANSWERED=*");
        assertThat(shown(lewishamOnly, "ageBand")).isEqualTo("13_15=* 25_34=* 35_44=6 NOT_ANSWERED=*");
        // NOT_ANSWERED (3) alone would be 15 - 6 - 6: YES goes with it
        assertThat(shown(lewishamOnly, "disability")).isEqualTo("YES=* NO=6 NOT_ANSWERED=*");
        // free text is never a group: it counts as OTHER
        assertThat(shown(lewishamOnly, "gender")).isEqualTo("WOMAN=8 MAN=* OTHER=*");
        assertThat(shown(lewishamOnly, "place")).isEqualTo("LEWISHAM=15");
        assertThat(lewishamOnly.dimensions().keySet())
                .containsExactly("ethnicity", "ageBand", "disability", "gender", "place");
        assertThat(lewishamOnly.dimensions().get("ethnicity")).contains(new Cell("WHITE_IRISH", 0, false),
                new Cell("ASIAN_INDIAN", null, true));
        assertThat(lewishamOnly.dimensions().get("ethnicity")).hasSize(22);

        EqualityReport all = everyone();
        assertThat(all.total()).isEqualTo(18);
        assertThat(shown(all, "place")).isEqualTo("GREENWICH=* LEWISHAM=*");
        assertThat(shown(all, "ethnicity"))
                .isEqualTo("ASIAN_INDIAN=* BLACK_AFRICAN=* WHITE_BRITISH=9 NOT_ANSWERED=*");
        assertThat(shown(all, "gender")).isEqualTo("WOMAN=* MAN=9 OTHER=*");
    }

    @Test
    void aTotalUnderFiveHidesEverything() {
        hearFromEighteenPeople();

        EqualityReport greenwich = report("GREENWICH", null, null, null);

        assertThat(greenwich.total()).isNull();
        assertThat(greenwich.suppressed()).isTrue();
        assertThat(greenwich.dimensions()).allSatisfy((dimension, cells) -> assertThat(cells).isEmpty());
        assertThat(report(null, null, LocalDate.parse("2026-12-01"), null)).isEqualTo(greenwich);
        EqualityReport nobody = report("SOUTHWARK", null, null, null);
        assertThat(nobody.total()).isZero();
        assertThat(nobody.suppressed()).isFalse();
        assertThat(shown(nobody, "ethnicity")).isEmpty();
    }

    @Test
    void filtersByThemeAndLondonDaysOfApprovalAndDrillsDownOneDimension() {
        hearFromEighteenPeople();

        assertThat(report(null, "ACCESS", null, null).total()).isEqualTo(15);
        assertThat(report(null, "ACCESS", null, null)).isEqualTo(report("LEWISHAM", null, null, null));
        assertThat(report(null, null, null, LocalDate.parse("2026-11-10")).total()).isEqualTo(15);
        assertThat(report(null, null, null, LocalDate.parse("2026-11-09")).total()).isZero();
        assertThat(report(null, null, LocalDate.parse("2026-11-10"), LocalDate.parse("2026-12-02")).total())
                .isEqualTo(18);
        assertThat(report("GREENWICH", "ACCESS", null, null).total()).isZero();

        EqualityReport gender = reader.report(new EqualityFilter("LEWISHAM", null, null, null, Dimension.GENDER));
        assertThat(gender.dimensions()).containsOnlyKeys("gender");
        assertThat(gender.total()).isEqualTo(15);
        assertThat(shown(gender, "gender")).isEqualTo("WOMAN=8 MAN=* OTHER=*");
    }

    @Test
    void noSuppressedCellCanBeWorkedOutInAnyFilterCombination() {
        hearFromEighteenPeople();
        List<@Nullable String> places = Arrays.asList(null, "LEWISHAM", "GREENWICH", "SOUTHWARK");
        List<@Nullable String> themes = Arrays.asList(null, "ACCESS");
        List<@Nullable LocalDate> days = Arrays.asList(null, LocalDate.parse("2026-11-10"),
                LocalDate.parse("2026-12-01"));
        int checked = 0;
        for (String place : places) {
            for (String theme : themes) {
                for (LocalDate from : days) {
                    for (LocalDate to : days) {
                        if (from != null && to != null && to.isBefore(from)) {
                            continue;
                        }
                        for (Dimension dimension : Dimension.values()) {
                            EqualityReport report = reader.report(new EqualityFilter(place, theme, from, to,
                                    dimension));
                            assertSafe(report);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(4 * 2 * 8 * 5);
    }

    private static void assertSafe(EqualityReport report) {
        if (report.total() == null) {
            assertThat(report.suppressed()).isTrue();
            assertThat(report.dimensions().values()).allSatisfy(cells -> assertThat(cells).isEmpty());
            return;
        }
        assertThat(report.total()).isNotIn(1, 2, 3, 4);
        report.dimensions().forEach((dimension, cells) -> {
            int hidden = (int) cells.stream().filter(Cell::suppressed).count();
            int shownSum = cells.stream().filter(cell -> !cell.suppressed()).mapToInt(Cell::count).sum();
            assertThat(cells).filteredOn(cell -> !cell.suppressed()).extracting(Cell::count)
                    .allSatisfy(count -> assertThat(count).isNotIn(1, 2, 3, 4));
            assertThat(hidden).as(dimension).isNotEqualTo(1);
            if (hidden > 0) {
                assertThat(report.total() - shownSum).as(dimension + ": what the hidden cells add up to")
                        .isGreaterThanOrEqualTo(5);
            } else {
                assertThat(shownSum).isEqualTo(report.total());
            }
        });
    }

    @Test
    void redeliveredEventsCountOnce() {
        hearFromEighteenPeople();
        EqualityReport before = everyone();
        StoryId again = lewisham.get(0);

        projection.apply(shared(again, new EqualityProfile(AgeBand.AGE_25_34, "WHITE_BRITISH", "Woman", false)), 3,
                NOVEMBER);
        projection.apply(Stories.coded(again, List.of("ACCESS"), List.of()), 4, NOVEMBER);

        assertThat(everyone()).isEqualTo(before);
        assertThat(database.getCollection(EqualityFields.COLLECTION).countDocuments()).isEqualTo(18);
    }

    @Test
    void withdrawingMonitoringOrAnalysisConsentDropsTheProfileAndGivingItBackCountsItAgain() {
        hearFromEighteenPeople();
        StoryId first = lewisham.get(0);
        StoryId second = lewisham.get(2);

        next(first, new StoryConsentChangedEvent(first, UNMONITORED, "storyteller"), DECEMBER);
        next(second, new StoryConsentChangedEvent(second, NO_ANALYSIS, "storyteller"), DECEMBER);

        EqualityReport after = report("LEWISHAM", null, null, null);
        assertThat(after.total()).isEqualTo(13);
        // two women fewer: WOMAN and MAN are both 6, and the tie goes to the first in display order
        assertThat(shown(after, "gender")).isEqualTo("WOMAN=* MAN=6 OTHER=*");
        assertThat(database.getCollection(EqualityFields.COLLECTION).countDocuments(
                new Document(EqualityFields.ID, first.toString()))).isZero();

        next(first, new StoryConsentChangedEvent(first, MONITORED, "storyteller"), DECEMBER);
        next(first, shared(first, new EqualityProfile(AgeBand.AGE_25_34, "WHITE_BRITISH", "Woman", false)), DECEMBER);
        assertThat(report("LEWISHAM", null, null, null).total()).isEqualTo(14);
    }

    /**
     * A rebuild's way: the profiles derived from the story documents in one pass, their keys asked for once per chunk,
     * are the profiles the events left, and the report reads the same.
     */
    @Test
    void profilesDerivedFromTheStoriesInOnePassAreThoseTheEventsLeft() {
        hearFromEighteenPeople();
        StoryId unmonitored = lewisham.get(0);
        next(unmonitored, new StoryConsentChangedEvent(unmonitored, UNMONITORED, "storyteller"), DECEMBER);
        StoryId withdrawn = lewisham.get(1);
        next(withdrawn, Stories.withdrawn(withdrawn), DECEMBER);
        MongoDatabase rebuilt = client.getDatabase("equality-rebuilt-" + UUID.randomUUID());
        List<Document> stories = database.getCollection(StoryFields.COLLECTION).find().into(new ArrayList<>());
        rebuilt.getCollection(StoryFields.COLLECTION).insertMany(stories);
        List<Collection<String>> asked = new ArrayList<>();
        DerivedFromStories.Derivation pass = new EqualityProjection(rebuilt, keys, keyIds -> {
            asked.add(List.copyOf(keyIds));
            return () -> { };
        }).derivation();

        pass.accept(stories.subList(0, 10));
        pass.accept(stories.subList(10, stories.size()));
        pass.finish();

        assertThat(profiles(rebuilt)).hasSize(16).isEqualTo(profiles(database));
        assertThat(new EqualityReader(rebuilt).report(new EqualityFilter(null, null, null, null, null)))
                .isEqualTo(everyone());
        assertThat(asked).hasSize(2);
        assertThat(asked.stream().mapToInt(Collection::size).sum()).isEqualTo(16);
        rebuilt.drop();
    }

    private static List<Document> profiles(MongoDatabase in) {
        return in.getCollection(EqualityFields.COLLECTION).find().sort(new Document(EqualityFields.ID, 1))
                .into(new ArrayList<>());
    }

    @Test
    void aProfileWhoseKeyIsNotReleasedIsNotCounted() {
        StoryId id = StoryId.random();
        next(id, Stories.submitted(id, "LEWISHAM", Feeling.MIXED, null), NOVEMBER);
        next(id, new StoryConsentChangedEvent(id, MONITORED, "champion"), NOVEMBER);
        next(id, Stories.approved(id, keys.seal("published-" + id, "Title", "Words")), NOVEMBER);
        StoryEqualityProfileSharedEvent shared = shared(id, new EqualityProfile(AgeBand.AGE_25_34, null, null, null));
        keys.destroy(shared.profile().keyId());
        next(id, shared, NOVEMBER);

        assertThat(everyone().total()).isZero();
        assertThat(database.getCollection(EqualityFields.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void erasureLeavesNothingOfTheProfileAnywhereInTheReadModel() {
        hearFromEighteenPeople();
        StoryId erased = lewisham.get(12);

        next(erased, Stories.withdrawn(erased), DECEMBER);

        assertThat(report("LEWISHAM", null, null, null).total()).isEqualTo(14);
        assertThat(database.getCollection(EqualityFields.COLLECTION).countDocuments(
                new Document(EqualityFields.ID, erased.toString()))).isZero();
        Document tombstone = database.getCollection(StoryFields.COLLECTION)
                .find(new Document(StoryFields.ID, erased.toString())).first();
        assertThat(tombstone).isNotNull();
        assertThat(tombstone.toJson()).doesNotContain(StoryFields.EQUALITY_PROFILE).doesNotContain("profile-");
    }

    @Test
    void keepsOnlyGroupsNeverWhatWasTyped() {
        hearFromEighteenPeople();

        List<String> stored = new ArrayList<>();
        database.getCollection(EqualityFields.COLLECTION).find().forEach(document -> stored.add(document.toJson()));

        assertThat(stored).hasSize(18).noneMatch(json -> json.contains("my own words"))
                .noneMatch(json -> json.contains("Woman"));
        assertThat(database.getCollection(StoryFields.COLLECTION).find().map(Document::toJson).into(new ArrayList<>()))
                .noneMatch(json -> json.contains("BLACK_AFRICAN") || json.contains("my own words"));
    }
}
