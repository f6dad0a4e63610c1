package org.chorus.command.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CodebookStartupIntegrationTest extends EngineProperties {
    @Autowired
    CodebookStartup startup;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void anUnchangedConfigurationIsStoredOnceAcrossStarts() {
        startup.reviseFromConfiguration();
        startup.reviseFromConfiguration();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", Integer.class, ThemeCodebook.ID,
                "org.chorus.kernel.codebook.CodebookRevisedEvent")).isEqualTo(1);
    }

    @Test
    void theStoredCodebookKeepsARetiredThemeWhichTheCodesCallRefuses() {
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1", String.class, ThemeCodebook.ID);
        assertThat(payload).contains("\"code\":\"BENEFITS\"").contains("\"retired\":true")
                .contains("\"label\":\"Access to care\"");

        Api.Reply refused = new Api(port).post("analyst", "/api/v1/stories/" + UUID.randomUUID() + "/codes",
                Api.json(Map.of("add", List.of("BENEFITS"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("add[0]");
    }
}
