package org.chorus.command.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JSON API client as an integrator would use it: HTTP Basic with a dev user, real HTTP to the running service. */
public final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String language;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    private Api(String base, String language) {
        this.base = base;
        this.language = language;
    }

    /** The same client, asking for answers in a language ({@code Accept-Language}). */
    public Api speaking(String languageRange) {
        return new Api(base, languageRange);
    }

    public record Reply(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    public Reply get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    public Reply post(String user, String path, String json) {
        return send(user, "POST", path, json, null);
    }

    public Reply post(String user, String path, String json, String idempotencyKey) {
        return send(user, "POST", path, json, idempotencyKey);
    }

    public Reply put(String user, String path, String json) {
        return send(user, "PUT", path, json, null);
    }

    public Reply send(String user, String method, String path, String json, String idempotencyKey) {
        return send(user, user + "-local", method, path, json, idempotencyKey);
    }

    /** A request with any content type, as a misbehaving client would send it. */
    public Reply raw(String user, String method, String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user + "-local").getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public Reply send(String user, String password, String method, String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
