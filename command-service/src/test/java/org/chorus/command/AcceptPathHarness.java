package org.chorus.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.chorus.command.support.Api;
import org.chorus.command.support.Stories;
import org.chorus.command.support.TestEngines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures, does not gate: the accept path of the bench's command mix (a third each of story submissions, session
 * steps and outreach logs, each with an {@code Idempotency-Key}) through HTTP from {@code chorus.harness.threads}
 * closed-loop clients (default 8), {@code chorus.harness.commands} commands (default 3,000) after a warm-up. Prints
 * the rate, p50/p99 per kind, CPU per command, and the SQL statements PostgreSQL ran per command
 * ({@code pg_stat_statements}, every statement of the service's pools and of its background processors), then, with
 * every processor but the subscribing directory stopped, the statement list of one command of each kind. Runs on an
 * embedded PostgreSQL of its own (durable settings as {@link TestEngines}, plus {@code pg_stat_statements}) and the
 * shared Kafka. Asserts only that every command was accepted and stored. Not part of the suite (its name ends in
 * Harness); run it on its own: {@code mvn -B -o -pl command-service -am verify -Dtest=AcceptPathHarness
 * -Dsurefire.failIfNoSpecifiedTests=false}, optionally with
 * {@code -DargLine=-XX:StartFlightRecording=filename=accept.jfr,settings=profile}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@DirtiesContext
class AcceptPathHarness {
    private static final int THREADS = Integer.getInteger("chorus.harness.threads", 8);
    private static final int COMMANDS = Integer.getInteger("chorus.harness.commands", 3_000);
    private static final int WARMUP = Integer.getInteger("chorus.harness.warmup", 600);
    private static final int SESSIONS = 20;
    private static final int CAMPAIGNS = 10;
    private static final List<String> KINDS = List.of("story", "session step", "outreach");
    private static final EmbeddedPostgres POSTGRES = postgres();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", () -> TestEngines.kafkaServers());
        registry.add("chorus.data-dir", () -> TestEngines.dataDir().resolve("accept-path").toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void acceptPath() throws Exception {
        Api api = new Api(port);
        Cast cast = cast(api);
        long eventsBefore = events();
        run(api, cast, WARMUP, 0);
        resetStatements();
        long commitsBefore = commits();
        long cpuBefore = cpuNanos();
        long serverCpuBefore = serverCpuNanos();
        long start = System.nanoTime();
        List<Sent> sent = run(api, cast, COMMANDS, WARMUP);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuPerCommand = (cpuNanos() - cpuBefore) / 1e6 / COMMANDS;
        double serverCpuPerCommand = (serverCpuNanos() - serverCpuBefore) / 1e6 / COMMANDS;
        long commits = commits() - commitsBefore;
        List<String> statements = statements(COMMANDS);

        System.out.printf("%naccept path: %d commands from %d threads in %.1f s: %.0f commands/s, %.1f commits"
                + " per command%n  CPU per command: %.2f ms in the service's request threads, %.2f ms in the whole JVM"
                + " (service, clients and Kafka)%n", COMMANDS, THREADS, seconds, COMMANDS / seconds,
                (double) commits / COMMANDS, serverCpuPerCommand, cpuPerCommand);
        System.out.printf("  %-14s %6s %9s %9s %9s%n", "kind", "count", "p50 ms", "p99 ms", "max ms");
        for (String kind : KINDS) {
            print(kind, sent.stream().filter(s -> s.kind().equals(kind)).mapToLong(Sent::nanos).toArray());
        }
        print("all", sent.stream().mapToLong(Sent::nanos).toArray());
        System.out.println("  statements per command (calls / commands, every connection):");
        statements.forEach(line -> System.out.println("    " + line));

        processors.eventProcessors().values().stream().filter(p -> !(p instanceof SubscribingEventProcessor))
                .forEach(EventProcessor::shutDown);
        for (int kind = 0; kind < KINDS.size(); kind++) {
            resetStatements();
            assertThat(send(api, cast, kind, new SplittableRandom(kind), -1 - kind).status()).isEqualTo(202);
            System.out.println("  one " + KINDS.get(kind) + ", only the directory processor running:");
            statements(1).forEach(line -> System.out.println("    " + line));
        }

        assertThat(sent).allSatisfy(s -> assertThat(s.status()).as(s.kind()).isEqualTo(202));
        assertThat(events() - eventsBefore).as("one event per accepted command")
                .isEqualTo(WARMUP + COMMANDS + KINDS.size());
    }

    private record Cast(List<String> sessions, List<String> campaigns) {
    }

    private record Sent(String kind, int status, long nanos) {
    }

    private static Cast cast(Api api) {
        Api.Reply champion = api.post("admin", "/api/v1/champions", Api.json(Map.of("displayName", "Harness champion",
                "organisation", "SEL Champions", "places", List.of("LEWISHAM", "SOUTHWARK"), "languages", List.of("en"),
                "login", "champion")));
        assertThat(champion.status()).isEqualTo(202);
        List<String> campaigns = new ArrayList<>();
        for (int i = 0; i < CAMPAIGNS; i++) {
            Api.Reply campaign = api.post("admin", "/api/v1/campaigns", Api.json(Map.of("name", "Campaign " + i,
                    "theme", "ACCESS", "places", List.of("LEWISHAM"), "target", 1_000_000,
                    "startsOn", "2026-11-01", "endsOn", "2027-02-28")));
            assertThat(campaign.status()).isEqualTo(202);
            String id = campaign.json().get("id").asText();
            assertThat(api.post("admin", "/api/v1/campaigns/" + id + "/champions",
                    Api.json(Map.of("championId", champion.json().get("id").asText()))).status()).isEqualTo(202);
            campaigns.add(id);
        }
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Api.Reply session = api.post("facilitator", "/api/v1/sessions", Api.json(Map.of("title", "Session " + i,
                    "topic", "MATERNITY", "place", "LEWISHAM", "scheduledFor", "2026-12-01T10:00:00Z")));
            assertThat(session.status()).isEqualTo(202);
            String id = session.json().get("id").asText();
            assertThat(api.post("facilitator", "/api/v1/sessions/" + id + "/open", "{}").status()).isEqualTo(202);
            sessions.add(id);
        }
        return new Cast(sessions, campaigns);
    }

    // closed loop: each thread sends its next command when the last one is answered
    private static List<Sent> run(Api api, Cast cast, int commands, long firstIndex) throws Exception {
        AtomicLong next = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Sent>>> clients = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                clients.add(threads.submit(() -> {
                    List<Sent> sent = new ArrayList<>();
                    for (long i = next.getAndIncrement(); i < commands; i = next.getAndIncrement()) {
                        SplittableRandom random = new SplittableRandom(firstIndex + i);
                        int kind = random.nextInt(KINDS.size());
                        long start = System.nanoTime();
                        Api.Reply reply = send(api, cast, kind, random, firstIndex + i);
                        sent.add(new Sent(KINDS.get(kind), reply.status(), System.nanoTime() - start));
                    }
                    return sent;
                }));
            }
            List<Sent> all = new ArrayList<>();
            for (Future<List<Sent>> client : clients) {
                all.addAll(client.get());
            }
            return all;
        } finally {
            threads.shutdown();
        }
    }

    // a 409 (another command changed the same session or campaign at once) is sent again, as the bench does
    private static Api.Reply send(Api api, Cast cast, int kind, SplittableRandom random, long index) {
        for (int attempt = 1; ; attempt++) {
            Api.Reply reply = switch (kind) {
                case 0 -> api.post("champion", "/api/v1/stories", Api.json(Stories.submission("Visit " + index,
                        "We went to the surgery about the waiting list " + index)), UUID.randomUUID().toString());
                case 1 -> api.post("facilitator", "/api/v1/sessions/"
                        + cast.sessions().get(random.nextInt(SESSIONS)) + "/participants", Api.json(Map.of(
                        "displayName", "Participant " + index, "role", index % 2 == 0 ? "RESIDENT" : "NHS",
                        "livedExperience", index % 3 == 0)), UUID.randomUUID().toString());
                default -> api.post("champion", "/api/v1/campaigns/"
                        + cast.campaigns().get(random.nextInt(CAMPAIGNS)) + "/outreach", Api.json(Map.of(
                        "date", LocalDate.now().minusDays(1).toString(), "peopleReached", 1 + random.nextInt(9),
                        "venueType", "FAITH_SPACE")), UUID.randomUUID().toString());
            };
            if (reply.status() != 409 || attempt == 10) {
                return reply;
            }
        }
    }

    private static void print(String kind, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("  %-14s %6d %9.1f %9.1f %9.1f%n", kind, nanos.length, percentile(nanos, 0.50),
                percentile(nanos, 0.99), nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the server's request threads so far: the accept path itself, without client, Kafka or publisher. */
    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("http-nio")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private long commits() {
        return jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = 'postgres'", Long.class);
    }

    private static void resetStatements() throws SQLException {
        try (Connection connection = POSTGRES.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
            statement.execute("SELECT pg_stat_clear_snapshot()");
        }
    }

    // the statements run since the reset, most frequent first, as calls per command; the harness's own are left out
    private static List<String> statements(int commands) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = POSTGRES.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT calls, query FROM pg_stat_statements"
                     + " WHERE query NOT LIKE '%pg_stat%' AND query NOT LIKE 'SET application_name%'"
                     + " ORDER BY calls DESC, query")) {
            double total = 0;
            double rare = 0;
            while (rs.next()) {
                double perCommand = rs.getLong("calls") / (double) commands;
                total += perCommand;
                if (perCommand < 0.02) {
                    rare += perCommand;
                    continue;
                }
                String query = rs.getString("query").replaceAll("\\s+", " ");
                lines.add(String.format("%6.2f  %s", perCommand, query.length() > 150 ? query.substring(0, 150) + "..."
                        : query));
            }
            lines.add(String.format("%6.2f  others, each under 0.02 (the publisher's reads of new events)", rare));
            lines.add(String.format("%6.2f  in all", total));
        }
        return lines;
    }

    private static EmbeddedPostgres postgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("track_commit_timestamp", "on")
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_utility", "on")
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements is not available", e);
        }
    }
}
