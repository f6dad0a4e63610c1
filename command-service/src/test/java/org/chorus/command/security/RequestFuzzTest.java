package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.Stories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Bad requests to every command-service POST and PUT, as the role allowed to make them, with rate limits off: malformed
 * JSON, bodies over 256 KiB, wrong media types, wrong types, unknown enum and code values, over-long text, missing
 * required fields and script-laden values. Each answer must be exactly the contract's status (400, 413 or 415) as
 * problem+json, a 400 naming the field at fault; no answer may echo a script; and the event store must hold exactly
 * as many events afterwards as before. Requests go through the service's whole filter chain and controllers, signed
 * in as the role ({@link MvcClient}). The generator is seeded: rerun a failure with {@code -Dfuzz.seed=<seed>}.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "chorus.rate-limit.enabled=false")
class RequestFuzzTest extends EngineProperties {
    static final int RANDOM_REQUESTS = 1_200;
    static final List<String> SCRIPTS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");

    enum Kind { TEXT, ENUM, CODE, CODES, STRINGS, BOOL, INT, DATE, TIME, ID, IDS, OBJECT, LIST }

    /** A body field: its dotted path, kind, whether it is required and (for text) its most code points. */
    record Field(String path, Kind kind, boolean required, int max) {
    }

    /**
     * A call to fuzz: who may make it, where, a valid body and its fields; {@code errorPrefix} is what the answer's
     * field paths start with when the body is itself a part of a larger document (a consent is named
     * {@code consent.analysis} wherever it is sent).
     */
    record Target(String user, String method, String path, Supplier<Map<String, Object>> valid, List<Field> fields,
                  String errorPrefix) {
        Target(String user, String method, String path, Supplier<Map<String, Object>> valid, List<Field> fields) {
            this(user, method, path, valid, fields, "");
        }

        String name() {
            return method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
        }
    }

    /** One bad request and what the contract answers to it; {@code field}: the paths (any of a|b) it must name. */
    record Probe(String kind, String contentType, String body, int status, String field) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyBadRequestIsRefusedExactlyAndStoresNothing() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("RequestFuzzTest seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        MvcClient api = new MvcClient(mvc);
        List<Target> targets = targets(new Fixtures(api, jdbc));
        long eventsBefore = events();

        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, Integer>> tally = new TreeMap<>();
        int sent = 0;
        for (Target target : targets) {
            for (Probe probe : sweep(target, random)) {
                check(api, target, probe, wrong, tally);
                sent++;
            }
        }
        for (int i = 0; i < RANDOM_REQUESTS; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            check(api, target, probe(target, random), wrong, tally);
            sent++;
        }

        StringBuilder summary = new StringBuilder("RequestFuzzTest: " + sent + " requests, seed " + seed);
        tally.forEach((call, kinds) -> summary.append(String.format("%n  %-66s %s", call, kinds)));
        System.out.println(summary);
        assertThat(wrong).as("seed " + seed).isEmpty();
        assertThat(events()).as("events stored by refused requests, seed " + seed).isEqualTo(eventsBefore);
        assertThat(sent).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void textIsMeasuredInCodePointsUpToEachLimit() {
        Map<String, Object> story = Fixtures.story();
        String emoji = new String(Character.toChars(0x1F600));
        story.put("title", emoji.repeat(200));
        story.put("narrative", emoji.repeat(20_000));
        set(story, "storyteller.name", emoji.repeat(200));
        set(story, "consent.wordingVersion", emoji.repeat(64));

        Api.Reply reply = new MvcClient(mvc).post(Fixtures.OWNER, "/api/v1/stories", Api.json(story));

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    }

    private void check(MvcClient api, Target target, Probe probe, List<String> wrong,
                       Map<String, Map<String, Integer>> tally) {
        Api.Reply reply = api.send(target.user(), target.method(), target.path(), probe.contentType(), probe.body());
        tally.computeIfAbsent(target.name(), k -> new TreeMap<>()).merge(probe.kind(), 1, Integer::sum);
        String problem = problemWith(reply, probe);
        if (problem != null) {
            String sample = probe.body().length() > 300 ? probe.body().substring(0, 300) + "..." : probe.body();
            wrong.add(target.name() + " " + probe.kind() + ": " + problem + "\n    sent " + sample + "\n    got "
                    + reply.status() + " " + reply.body());
        }
    }

    /** What is wrong with the answer, or null if it is the contract's. */
    private static String problemWith(Api.Reply reply, Probe probe) {
        if (reply.status() != probe.status()) {
            return "status " + reply.status() + ", expected " + probe.status();
        }
        String lower = reply.body().toLowerCase(Locale.ROOT);
        if (lower.contains("<script") || lower.contains("<img") || lower.contains("onerror")) {
            return "echoes markup";
        }
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "content type " + type;
        }
        JsonNode json = reply.json();
        if (json.path("status").asInt() != probe.status() || json.path("title").asText().isEmpty()) {
            return "not a problem document";
        }
        if (probe.status() != 400) {
            return null;
        }
        JsonNode errors = json.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return "a 400 without field errors";
        }
        boolean named = false;
        for (JsonNode error : errors) {
            if (error.path("field").asText().isEmpty() || error.path("message").asText().isEmpty()) {
                return "an error without field and message";
            }
            String field = error.path("field").asText();
            named |= probe.field() == null || Stream.of(probe.field().split("\\|")).anyMatch(field::startsWith);
        }
        return named ? null : "does not name " + probe.field();
    }

    /** Every field of the target bent each way once, then the whole-body faults. */
    private static List<Probe> sweep(Target target, Random random) {
        List<Probe> probes = new ArrayList<>();
        for (Field field : target.fields()) {
            for (String kind : kindsFor(target, field)) {
                probes.add(fieldProbe(target, field, kind, random));
            }
        }
        probes.add(malformed(target, random));
        probes.add(malformed(target, random));
        probes.add(oversized(target, random));
        probes.add(new Probe("media", "text/plain", Api.json(target.valid().get()), 415, null));
        probes.add(new Probe("media", "application/xml", "<story><title>x</title></story>", 415, null));
        return probes;
    }

    private static Probe probe(Target target, Random random) {
        int pick = random.nextInt(10);
        if (pick == 0 || target.fields().isEmpty()) {
            return switch (random.nextInt(4)) {
                case 0 -> oversized(target, random);
                case 1 -> new Probe("media", pickOf(random, List.of("text/plain", "application/xml",
                        "application/x-www-form-urlencoded", "text/html", "application/octet-stream")),
                        Api.json(target.valid().get()), 415, null);
                default -> malformed(target, random);
            };
        }
        if (pick == 1) {
            return malformed(target, random);
        }
        Field field = pickOf(random, target.fields());
        return fieldProbe(target, field, pickOf(random, kindsFor(target, field)), random);
    }

    private static List<String> kindsFor(Target target, Field field) {
        List<String> kinds = new ArrayList<>(List.of("wrong-type"));
        switch (field.kind()) {
            case TEXT -> kinds.add("over-long");
            case ENUM, CODE, CODES, BOOL, INT, DATE, TIME, ID, IDS -> {
                kinds.add("unknown-value");
                kinds.add("script-value");
            }
            default -> {
            }
        }
        if (field.required()) {
            kinds.add("missing");
        }
        if (field.kind() == Kind.TEXT && otherRequired(target, field) != null) {
            kinds.add("script-text");
        }
        return kinds;
    }

    private static Probe fieldProbe(Target target, Field field, String kind, Random random) {
        Map<String, Object> body = target.valid().get();
        String blamed = field.path();
        switch (kind) {
            case "wrong-type" -> set(body, field.path(), switch (field.kind()) {
                case INT -> "many";
                case OBJECT -> "not an object";
                default -> Map.of("x", 1);
            });
            case "over-long" -> set(body, field.path(), longText(field.max() + 1 + random.nextInt(40), random));
            case "missing" -> remove(body, field.path());
            case "unknown-value" -> set(body, field.path(), unknown(field.kind(), random));
            case "script-value" -> {
                Object script = pickOf(random, SCRIPTS);
                set(body, field.path(), field.kind() == Kind.CODES || field.kind() == Kind.IDS ? List.of(script)
                        : script);
            }
            case "script-text" -> {
                set(body, field.path(), pickOf(random, SCRIPTS));
                blamed = otherRequired(target, field);
                remove(body, blamed);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return new Probe(kind, "application/json", Api.json(body), 400,
                target.errorPrefix().isEmpty() ? blamed : blamed + "|" + target.errorPrefix() + blamed);
    }

    /** Another required field of the target, unrelated to {@code field}, or null if there is none. */
    private static String otherRequired(Target target, Field field) {
        return target.fields().stream().filter(Field::required).map(Field::path)
                .filter(path -> !path.startsWith(field.path()) && !field.path().startsWith(path))
                .findFirst().orElse(null);
    }

    private static Probe malformed(Target target, Random random) {
        String json = Api.json(target.valid().get());
        String body = switch (random.nextInt(4)) {
            case 0 -> json.substring(0, 1 + random.nextInt(json.length() - 1));
            case 1 -> "{" + json.substring(1, json.length() - 1) + ",}";
            case 2 -> pickOf(random, List.of("not json", "{'title':'single quotes'}", "{\"a\" 1}", "[1,2",
                    "{\"title\":\"unterminated", "\u0000", "{{}}", "nul", "[]", "42", "\"text\""));
            default -> json.contains(":") ? json.replaceFirst(":", "") : "{\"}";
        };
        return new Probe("malformed", "application/json", body, 400, null);
    }

    private static Probe oversized(Target target, Random random) {
        Map<String, Object> body = target.valid().get();
        body.put("padding", longText(256 * 1024 + 1 + random.nextInt(64 * 1024), random));
        return new Probe("oversized", "application/json", Api.json(body), 413, null);
    }

    private static Object unknown(Kind kind, Random random) {
        return switch (kind) {
            case ENUM, CODE -> "NOT_" + Integer.toString(random.nextInt(1 << 20), 36).toUpperCase(Locale.ROOT);
            case CODES -> List.of("NOWHERE_" + random.nextInt(1000));
            case BOOL -> pickOf(random, List.of("maybe", "yes please", "2"));
            case INT -> pickOf(random, List.of(-1, -100, Integer.MIN_VALUE));
            case DATE -> pickOf(random, List.of("2026-02-30", "31/12/2026", "2026-13-01", "tomorrow"));
            case TIME -> pickOf(random, List.of("next tuesday", "2026-12-02 18:30", "25:00"));
            case ID -> pickOf(random, List.of("not-a-uuid", "1234", "00000000-0000-0000-0000-00000000000g"));
            case IDS -> List.of("not-a-uuid");
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** Text of that many code points, mixing letters, accents and characters outside the BMP. */
    private static String longText(int codePoints, Random random) {
        int[] alphabet = {'a', 'Z', ' ', 'é', 'ব', 0x1F600, 0x20BB7, '<', '"'};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> body, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        }
        at.put(parts[parts.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> body, String path) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.get(parts[i]);
        }
        at.remove(parts[parts.length - 1]);
    }

    private static <T> T pickOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static Field text(String path, boolean required, int max) {
        return new Field(path, Kind.TEXT, required, max);
    }

    private static Field of(String path, Kind kind, boolean required) {
        return new Field(path, kind, required, 0);
    }

    /** Every POST and PUT of API.md's command-service tables, on objects made once (a refused call changes none). */
    private static List<Target> targets(Fixtures f) {
        String pending = f.pendingStory();
        String approved = f.approvedStory();
        String scheduled = f.scheduledSession();
        String[] proposal = f.newProposal();
        String session = proposal[0];
        String participant = proposal[1];
        String[] action = f.newAction();
        String campaign = f.campaignWithOwner();
        String champion = f.newChampion();
        Map<String, Object> receipt = f.receipt();
        String story = "/api/v1/stories/";
        String sessions = "/api/v1/sessions/";
        String campaigns = "/api/v1/campaigns/";
        return List.of(
                new Target("champion", "POST", "/api/v1/stories", Fixtures::story, List.of(
                        text("title", true, 200), text("narrative", true, 20_000), of("place", Kind.CODE, true),
                        of("serviceAreas", Kind.CODES, false), of("language", Kind.CODE, true),
                        of("channel", Kind.ENUM, true), of("feeling", Kind.ENUM, true),
                        of("campaignId", Kind.ID, false), of("storyteller", Kind.OBJECT, false),
                        text("storyteller.name", false, 200), text("storyteller.contact", false, 320),
                        of("storyteller.ageBand", Kind.ENUM, false), of("consent", Kind.OBJECT, true),
                        of("consent.analysis", Kind.BOOL, true), of("consent.quote", Kind.BOOL, true),
                        of("consent.publish", Kind.BOOL, true), of("consent.contact", Kind.BOOL, true),
                        of("consent.equalityMonitoring", Kind.BOOL, true), text("consent.wordingVersion", true, 64),
                        of("consent.basis", Kind.ENUM, false))),
                new Target("champion", "PUT", story + pending + "/consent", () -> Stories.consent(true), List.of(
                        of("analysis", Kind.BOOL, true), of("quote", Kind.BOOL, true), of("publish", Kind.BOOL, true),
                        of("contact", Kind.BOOL, true), of("equalityMonitoring", Kind.BOOL, true),
                        text("wordingVersion", true, 64), of("basis", Kind.ENUM, false)), "consent."),
                new Target("champion", "POST", story + pending + "/withdrawal", () -> Fixtures.map("reason", "Moved"),
                        List.of(text("reason", false, 2_000))),
                new Target("moderator", "POST", story + pending + "/moderation", Fixtures::moderation, List.of(
                        of("decision", Kind.ENUM, true), text("reason", false, 2_000),
                        of("redactions", Kind.LIST, false))),
                new Target("moderator", "POST", story + approved + "/redactions", Fixtures::redaction, List.of(
                        of("redactions", Kind.LIST, true))),
                new Target("analyst", "POST", story + approved + "/codes", Fixtures::codes, List.of(
                        of("add", Kind.CODES, false), of("remove", Kind.CODES, false))),
                new Target("analyst", "POST", story + approved + "/responses", Fixtures::response, List.of(
                        text("body", true, 5_000), of("decisionId", Kind.ID, false), of("actionId", Kind.ID, false))),
                new Target("champion", "POST", "/api/v1/storyteller/lookup", () -> new LinkedHashMap<>(receipt),
                        List.of(text("reference", true, 10), text("receiptCode", true, 14))),
                new Target("champion", "PUT", "/api/v1/storyteller/consent", () -> {
                    Map<String, Object> body = new LinkedHashMap<>(receipt);
                    body.put("consent", Stories.consent(true));
                    return body;
                }, List.of(text("reference", true, 10), text("receiptCode", true, 14),
                        of("consent", Kind.OBJECT, true), of("consent.analysis", Kind.BOOL, true),
                        of("consent.quote", Kind.BOOL, true), of("consent.contact", Kind.BOOL, true),
                        text("consent.wordingVersion", true, 64), of("consent.basis", Kind.ENUM, false))),
                new Target("champion", "POST", "/api/v1/storyteller/withdrawal", () -> new LinkedHashMap<>(receipt),
                        List.of(text("reference", true, 10), text("receiptCode", true, 14))),
                new Target("facilitator", "POST", "/api/v1/sessions", Fixtures::session, List.of(
                        text("title", true, 200), of("topic", Kind.CODE, true), of("place", Kind.CODE, true),
                        of("scheduledFor", Kind.TIME, true))),
                new Target("facilitator", "POST", sessions + scheduled + "/open", LinkedHashMap::new, List.of()),
                new Target("facilitator", "POST", sessions + session + "/participants", Fixtures::participant,
                        List.of(text("displayName", true, 200), of("role", Kind.ENUM, true),
                                of("livedExperience", Kind.BOOL, true), text("organisation", false, 200))),
                new Target("facilitator", "POST", sessions + session + "/contributions",
                        () -> Fixtures.contribution(participant), List.of(of("participantId", Kind.ID, true),
                        of("kind", Kind.ENUM, true), text("text", true, 5_000), of("evidenceStoryIds", Kind.IDS,
                                false))),
                new Target("facilitator", "POST", sessions + session + "/proposals",
                        () -> Fixtures.proposal(participant), List.of(of("participantId", Kind.ID, true),
                        text("text", true, 5_000), of("evidenceStoryIds", Kind.IDS, false),
                        of("contributionIds", Kind.IDS, false))),
                new Target("facilitator", "POST", sessions + session + "/proposals/" + proposal[2] + "/votes",
                        () -> Fixtures.vote(participant), List.of(of("participantId", Kind.ID, true),
                        of("stance", Kind.ENUM, true))),
                new Target("facilitator", "POST", sessions + session + "/decisions",
                        () -> Fixtures.decision(proposal[2]), List.of(of("proposalId", Kind.ID, true),
                        of("outcome", Kind.ENUM, true), text("rationale", true, 2_000))),
                new Target("facilitator", "POST", sessions + session + "/actions", Fixtures::action, List.of(
                        of("decisionId", Kind.ID, false), text("description", true, 1_000), text("owner", true, 200),
                        of("dueBy", Kind.DATE, true))),
                new Target("lead", "POST", sessions + action[0] + "/actions/" + action[1] + "/progress",
                        Fixtures::progress, List.of(of("status", Kind.ENUM, true), text("note", false, 2_000))),
                new Target("facilitator", "POST", sessions + session + "/participants/" + participant + "/erasure",
                        LinkedHashMap::new, List.of()),
                new Target("facilitator", "POST", sessions + session + "/close", LinkedHashMap::new, List.of()),
                new Target("admin", "POST", "/api/v1/champions", Fixtures::champion, List.of(
                        text("displayName", true, 200), text("organisation", true, 200),
                        of("places", Kind.CODES, true), of("languages", Kind.STRINGS, false),
                        text("login", true, 128))),
                new Target("admin", "POST", "/api/v1/campaigns", Fixtures::campaign, List.of(
                        text("name", true, 200), of("theme", Kind.CODE, true), of("places", Kind.CODES, true),
                        of("target", Kind.INT, true), of("startsOn", Kind.DATE, true),
                        of("endsOn", Kind.DATE, true))),
                new Target("admin", "POST", campaigns + campaign + "/champions",
                        () -> Fixtures.map("championId", champion), List.of(of("championId", Kind.ID, true))),
                new Target("champion", "POST", campaigns + campaign + "/outreach", Fixtures::outreach, List.of(
                        of("date", Kind.DATE, true), of("peopleReached", Kind.INT, true),
                        of("venueType", Kind.ENUM, true), text("notes", false, 1_000))),
                new Target("admin", "POST", campaigns + campaign + "/close", LinkedHashMap::new, List.of()));
    }
}
