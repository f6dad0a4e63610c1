package org.chorus.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The generated OpenAPI document lists the story calls of API.md and is readable without signing in. */
@IntegrationTest
class OpenApiDocumentTest extends EngineProperties {
    @LocalServerPort
    int port;

    @Test
    void documentsTheStoryCalls() {
        Api.Reply reply = new Api(port).get(null, "/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("paths").propertyNames()).contains("/api/v1/stories", "/api/v1/my/stories",
                "/api/v1/stories/{id}/consent", "/api/v1/stories/{id}/withdrawal", "/api/v1/moderation/queue",
                "/api/v1/moderation/stories/{id}", "/api/v1/stories/{id}/moderation",
                "/api/v1/stories/{id}/redactions", "/api/v1/stories/{id}/codes", "/api/v1/stories/{id}/responses");
    }
}
