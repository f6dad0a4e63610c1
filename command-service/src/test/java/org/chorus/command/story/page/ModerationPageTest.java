package org.chorus.command.story.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A moderator works the queue in the browser: reads the story (audited) and approves it with words hidden. */
@IntegrationTest
@AutoConfigureMockMvc
class ModerationPageTest extends EngineProperties {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aModeratorApprovesFromThePageHidingANameAndTheReadIsAudited() throws Exception {
        String title = "Page moderation " + UUID.randomUUID();
        mvc.perform(post("/stories/new").with(user("champion").roles("CHAMPION")).with(csrf())
                .param("submissionToken", UUID.randomUUID().toString()).param("wordingVersion", "2026-11")
                .param("title", title).param("narrative", "Nurse Mary Jones helped me a lot.")
                .param("place", "GREENWICH").param("language", "en").param("channel", "EVENT")
                .param("feeling", "POSITIVE").param("consentAnalysis", "true").param("consentBasis", "SELF"));
        String id = jdbc.queryForObject("SELECT story_id::text FROM story_directory WHERE place = 'GREENWICH'"
                + " AND status = 'PENDING_MODERATION' ORDER BY submitted_at DESC LIMIT 1", String.class);

        String queue = mvc.perform(get("/moderation").with(user("moderator").roles("MODERATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("/moderation/stories/" + id).contains("Greenwich");

        String page = mvc.perform(get("/moderation/stories/" + id).with(user("moderator").roles("MODERATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(title).contains("Nurse Mary Jones helped me a lot.")
                .contains("Your reading of this story is recorded.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM content_read_audit WHERE subject_id = ?::uuid",
                Integer.class, id)).isEqualTo(1);

        MvcResult approved = mvc.perform(post("/moderation/stories/" + id).with(user("moderator").roles("MODERATOR"))
                .with(csrf()).param("decision", "APPROVE").param("redact", "Mary Jones")
                .param("token", UUID.randomUUID().toString())).andReturn();
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/moderation");

        String after = mvc.perform(get("/moderation/stories/" + id).with(user("moderator").roles("MODERATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Approved");
        assertThat(jdbc.queryForObject("SELECT status FROM story_directory WHERE story_id = ?::uuid", String.class, id))
                .isEqualTo("APPROVED");
    }

    @Test
    void anUnknownStoryIsANotFoundPage() throws Exception {
        var response = mvc.perform(get("/moderation/stories/" + UUID.randomUUID())
                .with(user("moderator").roles("MODERATOR"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("Page not found");
    }

    @Test
    void aChampionCannotOpenTheModerationPages() throws Exception {
        int status = mvc.perform(get("/moderation").with(user("champion").roles("CHAMPION")))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
    }
}
