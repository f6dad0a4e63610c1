package org.chorus.query.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

// no broker here: the health call is about who may make it, not whether Kafka is up
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "chorus.internal.password=secret",
        "management.health.kafka.enabled=false"})
@AutoConfigureMockMvc
class NoDevUsersOutsideLocalTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void devPasswordsDoNotWorkWithoutTheLocalProfile() throws Exception {
        mvc.perform(get("/api/v1/insights/feed").with(httpBasic("analyst", "analyst-local")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/insights/feed").with(httpBasic("user", "user")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
