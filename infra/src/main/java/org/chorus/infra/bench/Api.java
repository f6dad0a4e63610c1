package org.chorus.infra.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's HTTP API as the bench's users call it, with bearer tokens ({@link Tokens}): POSTs carry a fresh
 * {@code Idempotency-Key}; calls are asynchronous so the open loop never waits for an answer.
 */
final class Api {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** An answer: status and body. */
  record Answer(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private final HttpClient http;
  private final URI base;
  private final Tokens tokens;

  Api(URI base, Tokens tokens) {
    this.base = base;
    this.tokens = tokens;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  CompletableFuture<Answer> post(String user, String path, Object body) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .header("Authorization", "Bearer " + tokens.bearer(user))
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
        .build();
    return send(request);
  }

  CompletableFuture<Answer> get(String user, String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + tokens.bearer(user)).GET().build());
  }

  Answer postNow(String user, String path, Object body) throws IOException, InterruptedException {
    return await(post(user, path, body));
  }

  Answer getNow(String user, String path) throws IOException, InterruptedException {
    return await(get(user, path));
  }

  /** A POST of the set-up that must be accepted; returns the aggregate id. */
  String accepted(String user, String path, Object body) throws IOException, InterruptedException {
    Answer answer = postNow(user, path, body);
    if (answer.status() != 202) {
      throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.json().get("id").asString();
  }

  private CompletableFuture<Answer> send(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .thenApply(response -> new Answer(response.statusCode(), response.body()));
  }

  private static Answer await(CompletableFuture<Answer> answer) throws IOException, InterruptedException {
    try {
      return answer.get();
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }
}
