package org.chorus.command.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CodebookStartupIntegrationTest extends EngineProperties {
    @Autowired
    CodebookStartup startup;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anUnchangedConfigurationIsStoredOnceAcrossStarts() {
        startup.reviseFromConfiguration();
        startup.reviseFromConfiguration();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", Integer.class, ThemeCodebook.ID,
                "org.chorus.kernel.codebook.CodebookRevisedEvent")).isEqualTo(1);
    }
}
