package org.chorus.query.deadletter;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** command-service's key endpoint in front of the real test one, answering 503 for as long as it is told to. */
final class FlakyKeyEndpoint implements AutoCloseable {
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile boolean down;

    FlakyKeyEndpoint(String upstream) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            if (down) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            try {
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(upstream
                                + exchange.getRequestURI()))
                        .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .method(exchange.getRequestMethod(),
                                HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()))
                        .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void down(boolean down) {
        this.down = down;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
