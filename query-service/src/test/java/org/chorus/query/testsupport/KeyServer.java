package org.chorus.query.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.chorus.kernel.event.KernelJson;
import tools.jackson.databind.JsonNode;

/** command-service's internal key endpoints (one key, or a batch), serving a key ring to the {@code query-service} user only. */
public final class KeyServer implements AutoCloseable {
    private final HttpServer server;
    private final LongAdder batches = new LongAdder();
    private final LongAdder singles = new LongAdder();

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
                singles.increment();
                answer(exchange, 200, "{\"keyId\":\"" + keyId + "\",\"key\":\""
                        + Base64.getEncoder().encodeToString(keys.released().get(keyId)) + "\"}");
            } else {
                singles.increment();
                answer(exchange, 404, "");
            }
        });
        server.createContext("/internal/v1/keys/batch", exchange -> {
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "");
                return;
            }
            batches.increment();
            JsonNode asked = KernelJson.mapper().readTree(exchange.getRequestBody()).get("keyIds");
            List<Map<String, String>> released = new ArrayList<>();
            List<String> notReleased = new ArrayList<>();
            asked.values().forEach(id -> {
                byte[] key = keys.released().get(id.asString());
                if (key == null) {
                    notReleased.add(id.asString());
                } else {
                    released.add(Map.of("keyId", id.asString(), "key", Base64.getEncoder().encodeToString(key)));
                }
            });
            answer(exchange, 200, KernelJson.mapper().writeValueAsString(
                    Map.of("keys", released, "notReleased", notReleased)));
        });
        server.start();
    }

    /** How many single-key requests were answered. */
    public long singles() {
        return singles.sum();
    }

    /** How many batch requests were answered. */
    public long batches() {
        return batches.sum();
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
