package org.chorus.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Requests a minute per signed-in user, then per client address for anonymous callers; 429 with Retry-After. */
@Import(TestKeys.class)
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "chorus.rate-limit.enabled=true",
        "chorus.rate-limit.per-user-per-minute=3", "chorus.rate-limit.per-address-per-minute=4"})
@AutoConfigureMockMvc
@ActiveProfiles("local")
class RateLimitTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "rate-limit");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aUserOverTheLimitIsToldToWaitWhileAnotherUserCarriesOn() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/insights/feed").with(httpBasic("analyst", "analyst-local")))
                    .andExpect(status().isOk());
        }
        String retryAfter = mvc.perform(get("/api/v1/insights/feed").with(httpBasic("analyst", "analyst-local")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andReturn().getResponse().getHeader("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        mvc.perform(get("/api/v1/dashboard").with(httpBasic("lead", "lead-local"))).andExpect(status().isOk());
    }

    @Test
    void anonymousCallersAreCountedByAddressWhateverForwardedForClaims() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/login").header("X-Forwarded-For", "203.0.113." + i)).andExpect(status().isOk());
        }
        mvc.perform(get("/login").header("X-Forwarded-For", "203.0.113.99"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/login").with(request -> {
            request.setRemoteAddr("198.51.100.7");
            return request;
        })).andExpect(status().isOk());
    }
}
