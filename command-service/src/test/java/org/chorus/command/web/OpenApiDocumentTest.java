package org.chorus.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.chorus.web.contract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The generated OpenAPI document, read without signing in, lists every command-service call of API.md. */
@IntegrationTest
class OpenApiDocumentTest extends EngineProperties {
    @LocalServerPort
    int port;

    @Test
    void documentsEveryCallOfTheContract() throws IOException {
        Set<String> missing = ApiContract.calls(Files.readAllLines(ApiContract.locate()), "command-service");
        assertThat(missing).isNotEmpty();

        Api.Reply reply = new Api(port).get(null, "/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        missing.removeAll(documented(reply.json()));

        assertThat(missing).as("API.md calls missing from /v3/api-docs").isEmpty();
    }

    private static Set<String> documented(JsonNode document) {
        Set<String> calls = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method ->
                calls.add(method.toUpperCase(Locale.ROOT) + " " + ApiContract.template(path.getKey()))));
        return calls;
    }
}
