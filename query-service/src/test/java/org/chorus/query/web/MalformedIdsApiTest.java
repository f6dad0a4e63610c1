package org.chorus.query.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.ReadSideEngines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Every path that names a story, session or campaign refuses an id that is not a UUID: 400, naming {@code id}. */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class MalformedIdsApiTest {
    @AutoClose
    static final KeyServer KEY_SERVER = new KeyServer(new KeyRing(), ReadSideEngines.INTERNAL_PASSWORD);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.registerWithoutBroker(registry, "malformed-ids", KEY_SERVER::url);
    }

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/insights/stories/not-a-uuid, analyst",
            "/api/v1/insights/stories/0000-1111/key, analyst",
            "/api/v1/sessions/not-a-uuid/timeline, facilitator",
            "/api/v1/campaigns/123e4567-e89b-12d3-a456-42661417400/progress, lead"})
    void aMalformedIdIsRefusedFieldByField(String path, String user) throws Exception {
        mvc.perform(get(path).with(httpBasic(user, user + "-local")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
    }
}
