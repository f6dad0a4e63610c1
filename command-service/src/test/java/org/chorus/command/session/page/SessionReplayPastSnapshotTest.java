package org.chorus.command.session.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The replay of a session long enough to be snapshotted still starts at its first event and misses none. */
@IntegrationTest
class SessionReplayPastSnapshotTest extends EngineProperties {
    private static final int PARTICIPANTS = 60;

    @LocalServerPort
    int port;
    @Autowired
    SessionReplay replay;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEventFromTheFirstIsReplayedPastASnapshot() {
        Api api = new Api(port);
        String session = api.post("facilitator", "/api/v1/sessions", Api.json(Map.of("title", "Long replay",
                "topic", "MATERNITY", "place", "LEWISHAM", "scheduledFor", "2026-12-01T10:00:00Z")))
                .json().get("id").asText();
        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/open", "{}").status()).isEqualTo(202);
        for (int i = 0; i < PARTICIPANTS; i++) {
            assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/participants", Api.json(Map.of(
                    "displayName", "Participant " + i, "role", "RESIDENT", "livedExperience", true))).status())
                    .isEqualTo(202);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Integer.class, session)).as("the session has a snapshot").isOne();

        SessionReplay.History history = replay.history(UUID.fromString(session));

        assertThat(history.last()).isEqualTo(PARTICIPANTS + 1L);
        assertThat(history.events().get(0).sequence()).isZero();
        assertThat(history.events().get(0).event()).isInstanceOf(SessionScheduledEvent.class);
        assertThat(history.events()).extracting(SessionReplay.Recorded::sequence)
                .isSorted().doesNotHaveDuplicates();
    }
}
