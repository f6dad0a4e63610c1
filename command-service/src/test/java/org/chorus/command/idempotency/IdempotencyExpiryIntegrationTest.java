package org.chorus.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.chorus.command.CommandServiceApplication;
import org.chorus.command.support.Api;
import org.chorus.command.support.FreshDatabase;
import org.chorus.command.support.Stories;
import org.chorus.command.support.TestEngines;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idempotency keys live in PostgreSQL: a retried submission is answered from the key after the service restarts
 * (a new application context on the same database), runs as a new submission once {@code keep-for} (30 days by
 * default) has passed, and the scheduled purge deletes expired keys and no others. The clock is the test's.
 */
class IdempotencyExpiryIntegrationTest {
    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final String database = FreshDatabase.jdbcUrl("idempotency_expiry");

    @Test
    void aKeySurvivesARestartAndIsForgottenAfterKeepFor() throws Exception {
        Instant start = clock.instant();
        String body = Api.json(Stories.submission("Kept key", "Words " + UUID.randomUUID()));
        String key = "key-" + UUID.randomUUID();
        String first;
        try (ConfigurableApplicationContext service = start()) {
            IdempotencySettings settings = service.getBean(IdempotencySettings.class);
            assertThat(settings.keepFor()).isEqualTo(Duration.ofDays(30));
            Api.Reply reply = api(service).post("champion", "/api/v1/stories", body, key);
            assertThat(reply.status()).isEqualTo(202);
            first = reply.json().get("id").asText();
        }

        clock.set(start.plus(Duration.ofDays(29)));
        try (ConfigurableApplicationContext service = start()) {
            Api api = api(service);
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            Api.Reply retried = api.post("champion", "/api/v1/stories", body, key);
            assertThat(retried.status()).isEqualTo(202);
            assertThat(retried.json().get("id").asText()).as("answered from the key after a restart").isEqualTo(first);
            assertThat(submissions(jdbc)).isEqualTo(1);

            clock.set(start.plus(Duration.ofDays(30)).plusSeconds(1));
            Api.Reply expired = api.post("champion", "/api/v1/stories", body, key);
            assertThat(expired.status()).isEqualTo(202);
            assertThat(expired.json().get("id").asText()).as("an expired key runs as new").isNotEqualTo(first);
            assertThat(submissions(jdbc)).isEqualTo(2);
            Api.Reply again = api.post("champion", "/api/v1/stories", body, key);
            assertThat(again.json().get("id").asText()).as("the key is remembered afresh")
                    .isEqualTo(expired.json().get("id").asText());
            assertThat(api.post("champion", "/api/v1/stories", Api.json(Stories.submission("Other", "More words")),
                    "other-" + key).status()).isEqualTo(202);

            Thread.sleep(2500);
            assertThat(keys(jdbc)).as("the purge (every second) leaves live keys alone").isEqualTo(2);
            clock.set(clock.instant().plus(Duration.ofDays(30)).plusSeconds(1));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (keys(jdbc) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(keys(jdbc)).as("the scheduled purge deleted the expired keys").isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .profiles("local")
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--spring.kafka.bootstrap-servers=" + TestEngines.kafkaServers(),
                        "--chorus.data-dir=" + TestEngines.dataDir(),
                        "--chorus.idempotency.purge-every=PT1S");
    }

    private static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    private static long submissions(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%StorySubmittedEvent'",
                Long.class);
    }

    private static long keys(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM idempotency_key", Long.class);
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
