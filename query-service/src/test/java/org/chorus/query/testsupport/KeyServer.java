package org.chorus.query.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** command-service's internal key endpoint, serving a key ring to the {@code query-service} user only. */
public final class KeyServer implements AutoCloseable {
    private final HttpServer server;

    public KeyServer(KeyRing keys, String password) {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString(("query-service:" + password).getBytes(StandardCharsets.UTF_8));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/v1/keys/", exchange -> {
            String keyId = exchange.getRequestURI().getPath().substring("/internal/v1/keys/".length());
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "");
            } else if (keys.released().containsKey(keyId)) {
                answer(exchange, 200, "{\"keyId\":\"" + keyId + "\",\"key\":\""
                        + Base64.getEncoder().encodeToString(keys.released().get(keyId)) + "\"}");
            } else {
                answer(exchange, 404, "");
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
