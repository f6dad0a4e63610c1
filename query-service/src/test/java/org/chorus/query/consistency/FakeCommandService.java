package org.chorus.query.consistency;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chorus.kernel.event.Topics;
import org.chorus.query.testsupport.EventRecord;

/**
 * Plays command-service for the check: an event store the test fills, publishing to the real broker as the
 * publisher does (or, to lose an event, not), and the internal aggregate endpoints answering from it to the
 * {@code query-service} user only.
 */
final class FakeCommandService implements AutoCloseable {
    private final List<Stored> events = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final String expected;
    private volatile KafkaProducer<String, String> producer;

    record Stored(String type, String id, long sequence, Object event, Instant at) {
    }

    FakeCommandService(String password) {
        this.expected = "Basic " + Base64.getEncoder()
                .encodeToString(("query-service:" + password).getBytes(StandardCharsets.UTF_8));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/v1/aggregates", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void connect(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** Stores the aggregate's next event and publishes it. */
    long commit(String type, String id, Object event) {
        Stored stored = store(type, id, event);
        send(stored);
        return stored.sequence();
    }

    /** Stores the aggregate's next event but never publishes it: the publisher lost it. */
    long commitUnpublished(String type, String id, Object event) {
        return store(type, id, event).sequence();
    }

    /** Publishes an event the event store does not hold. */
    void publishOnly(String type, String id, long sequence, Object event) {
        send(new Stored(type, id, sequence, event, Instant.now()));
    }

    private synchronized Stored store(String type, String id, Object event) {
        long next = events.stream().filter(stored -> stored.id().equals(id)).count();
        Stored stored = new Stored(type, id, next, event, Instant.now());
        events.add(stored);
        return stored;
    }

    private void send(Stored stored) {
        var record = EventRecord.of(Topics.forAggregateType(stored.type()), stored.type(), stored.id(), stored.event(),
                stored.sequence(), stored.at());
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not take the event", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if ("GET".equals(exchange.getRequestMethod()) && path.equals("/internal/v1/aggregates")) {
            answer(exchange, 200, page(query.get("after"), Integer.parseInt(query.getOrDefault("limit", "1000"))));
        } else if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/republish")) {
            String id = path.substring("/internal/v1/aggregates/".length(), path.length() - "/republish".length());
            long from = Long.parseLong(query.get("fromSequence"));
            List<Stored> again = events.stream().filter(stored -> stored.id().equals(id) && stored.sequence() >= from)
                    .sorted(Comparator.comparingLong(Stored::sequence)).toList();
            again.forEach(this::send);
            answer(exchange, 200, "{\"aggregateId\":\"" + id + "\",\"republished\":" + again.size() + "}");
        } else {
            answer(exchange, 404, "");
        }
    }

    // pages of ten at most, so that the client must follow "next"
    private String page(String after, int limit) {
        TreeMap<String, Stored> last = new TreeMap<>();
        events.forEach(stored -> last.merge(stored.id(), stored,
                (one, other) -> one.sequence() > other.sequence() ? one : other));
        List<Stored> all = new ArrayList<>((after == null ? last : last.tailMap(after, false)).values());
        List<Stored> page = all.subList(0, Math.min(Math.min(limit, 10), all.size()));
        String next = page.size() < all.size() ? "\"" + page.get(page.size() - 1).id() + "\"" : "null";
        return "{\"aggregates\":[" + page.stream().map(stored -> "{\"type\":\"" + stored.type() + "\",\"id\":\""
                + stored.id() + "\",\"lastSequence\":" + stored.sequence() + "}").collect(Collectors.joining(","))
                + "],\"next\":" + next + "}";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new TreeMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
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
        if (producer != null) {
            producer.close();
        }
    }
}
