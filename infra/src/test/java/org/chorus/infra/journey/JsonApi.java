package org.chorus.infra.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API of one service, as a dev user over HTTP Basic. */
final class JsonApi {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  JsonApi(URI base) {
    this.base = base;
  }

  record Reply(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  Reply get(String user, String path) throws Exception {
    return send(user, HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  Reply post(String user, String path, Object body) throws Exception {
    return send(user, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
  }

  /** Posts {@code body} as it is, well-formed JSON or not. */
  Reply postRaw(String user, String path, String body) throws Exception {
    return send(user, HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private Reply send(String user, HttpRequest.Builder request) throws Exception {
    request.header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + user + "-local").getBytes(StandardCharsets.UTF_8)));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(response.statusCode(), response.body());
  }
}
