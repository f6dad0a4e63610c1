package org.chorus.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.web.contract.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated OpenAPI document, read without signing in, lists every query-service call of API.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.listener.auto-startup=false")
@ActiveProfiles("local")
class OpenApiDocumentTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "openapi-document");
        // no key is fetched: nothing is projected
        registry.add("chorus.command.url", () -> "http://localhost:9");
        registry.add("chorus.internal.password", () -> "internal-test");
    }

    @Test
    void documentsEveryCallOfTheContract() throws Exception {
        Set<String> missing = ApiContract.calls(Files.readAllLines(ApiContract.locate()), "query-service");
        assertThat(missing).isNotEmpty();

        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        missing.removeAll(documented(JsonMapper.builder().build().readTree(reply.body())));

        assertThat(missing).as("API.md calls missing from /v3/api-docs").isEmpty();
    }

    private static Set<String> documented(JsonNode document) {
        Set<String> calls = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method ->
                calls.add(method.toUpperCase(Locale.ROOT) + " " + ApiContract.template(path.getKey()))));
        return calls;
    }
}
