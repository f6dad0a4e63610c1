package org.chorus.query.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch of records' keys comes from command-service in one request and is answered from it only until the batch's
 * scope closes; without an answer to the batch each key is fetched on its own, failing as before.
 */
class HttpContentKeysTest {
    private final KeyRing ring = new KeyRing();
    private final KeyServer server = new KeyServer(ring, "internal-test");
    private final HttpContentKeys keys = new HttpContentKeys(new CommandServiceClient(server.url(), "internal-test"));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBatchsKeysAreFetchedInOneRequestAndForgottenWhenItCloses() {
        SealedText released = ring.seal("published-1", "Waiting", "Nine hours.");
        ring.seal("destroyed-1", "Gone", "Erased.");
        ring.destroy("destroyed-1");

        try (KeyPrefetch.Scope batch = keys.prefetch(List.of("published-1", "destroyed-1"))) {
            assertThat(keys.find("published-1")).hasValueSatisfying(key ->
                    assertThat(key).isEqualTo(ring.released().get("published-1")));
            assertThat(keys.find("destroyed-1")).isEmpty();
            ring.destroy(released.keyId());
            assertThat(keys.find("published-1")).as("within its batch").isPresent();
        }
        assertThat(server.batches()).isEqualTo(1);
        assertThat(server.singles()).isZero();

        assertThat(keys.find("published-1")).as("once the batch is closed, the erasure wins").isEmpty();
        assertThat(server.singles()).isEqualTo(1);
    }

    @Test
    void aKeyTheBatchDidNotNameIsFetchedOnItsOwn() {
        ring.seal("published-2", "Waiting", "Nine hours.");
        ring.seal("published-3", "Calm", "The ward.");

        try (KeyPrefetch.Scope batch = keys.prefetch(List.of("published-2"))) {
            assertThat(keys.find("published-3")).isPresent();
        }
        assertThat(server.singles()).isEqualTo(1);
    }

    @Test
    void moreKeysThanOneRequestTakesAreAskedForInSeveralBatches() {
        List<String> ids = IntStream.range(0, HttpContentKeys.BATCH_LIMIT + 1).mapToObj(i -> "many-" + i).toList();
        ids.forEach(id -> ring.seal(id, "t", "n"));

        try (KeyPrefetch.Scope batch = keys.prefetch(ids)) {
            ids.forEach(id -> assertThat(keys.find(id)).isPresent());
        }
        assertThat(server.batches()).isEqualTo(2);
        assertThat(server.singles()).isZero();
    }

    @Test
    void withoutAnAnswerToTheBatchEachKeyFailsAsItWouldAlone() {
        ring.seal("published-4", "Waiting", "Nine hours.");
        HttpContentKeys wrongPassword = new HttpContentKeys(new CommandServiceClient(server.url(), "wrong"));

        try (KeyPrefetch.Scope batch = wrongPassword.prefetch(List.of("published-4"))) {
            assertThatThrownBy(() -> wrongPassword.find("published-4"))
                    .isInstanceOf(KeyServiceUnavailableException.class);
        }
    }

    @Test
    void anAnswerToTheBatchThatDoesNotReadLeavesEachKeyToBeFetchedAlone() throws Exception {
        ring.seal("published-5", "Waiting", "Nine hours.");
        HttpServer garbled = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        garbled.createContext("/internal/v1/keys/batch", exchange ->
                answer(exchange, "{\"keys\":[{\"keyId\":"));
        garbled.createContext("/internal/v1/keys/published-5", exchange -> answer(exchange,
                "{\"keyId\":\"published-5\",\"key\":\""
                        + Base64.getEncoder().encodeToString(ring.released().get("published-5")) + "\"}"));
        garbled.start();
        try {
            HttpContentKeys viaGarbled = new HttpContentKeys(new CommandServiceClient(
                    "http://127.0.0.1:" + garbled.getAddress().getPort(), "internal-test"));
            try (KeyPrefetch.Scope batch = viaGarbled.prefetch(List.of("published-5"))) {
                assertThat(viaGarbled.find("published-5")).hasValueSatisfying(key ->
                        assertThat(key).isEqualTo(ring.released().get("published-5")));
            }
        } finally {
            garbled.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void theKeyIdsOfAnEventAreEveryKeyIdItsSealedTextsName() {
        StoryId id = StoryId.random();
        SealedText published = ring.seal("published-" + id, "Waiting", "Nine hours.");
        String approved = KernelJson.mapper().writeValueAsString(Stories.approved(id, published));

        assertThat(KeyIds.in(approved)).contains(published.keyId());
        assertThat(KeyIds.in(KernelJson.mapper().writeValueAsString(Stories.response(id, "Thanks", null)))).isEmpty();
        assertThat(KeyIds.in("not json")).isEqualTo(Set.of());
        assertThat(KeyIds.in(null)).isEmpty();
    }
}
