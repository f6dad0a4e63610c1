package org.chorus.query.keys;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Fetches released data keys from command-service's internal key endpoints, as the {@code query-service} user: one
 * key at a time, or a batch's keys at once ({@link KeyPrefetch}).
 */
@Component
class HttpContentKeys implements ContentKeys, KeyPrefetch {
    static final int BATCH_LIMIT = 500;
    private static final Logger log = LoggerFactory.getLogger(HttpContentKeys.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final CommandServiceClient commandService;
    private final ThreadLocal<Map<String, Optional<byte[]>>> prefetched = new ThreadLocal<>();

    HttpContentKeys(CommandServiceClient commandService) {
        this.commandService = commandService;
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        Map<String, Optional<byte[]>> batch = prefetched.get();
        if (batch != null && batch.containsKey(keyId)) {
            return batch.get(keyId);
        }
        HttpResponse<String> response = send(commandService.request(pathOf(keyId))
                .timeout(TIMEOUT)
                .GET()
                .build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new KeyServiceUnavailableException(
                    "key " + keyId + ": command-service answered " + response.statusCode());
        }
        ReleasedKey released = KernelJson.mapper().readValue(response.body(), ReleasedKey.class);
        if (!keyId.equals(released.keyId())) {
            throw new KeyServiceUnavailableException("asked for key " + keyId + " but got " + released.keyId());
        }
        return Optional.of(Base64.getDecoder().decode(released.key()));
    }

    @Override
    public Scope prefetch(Collection<String> keyIds) {
        Map<String, Optional<byte[]>> found = new HashMap<>();
        List<String> asked = List.copyOf(keyIds);
        try {
            for (int from = 0; from < asked.size(); from += BATCH_LIMIT) {
                found.putAll(batch(asked.subList(from, Math.min(asked.size(), from + BATCH_LIMIT))));
            }
        } catch (KeyServiceUnavailableException e) {
            log.warn("batch key fetch failed ({}); this batch's keys are fetched one at a time", e.getMessage());
            found.clear();
        }
        prefetched.set(found);
        return prefetched::remove;
    }

    private Map<String, Optional<byte[]>> batch(List<String> keyIds) {
        HttpResponse<String> response = send(commandService.request("/internal/v1/keys/batch")
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(KernelJson.mapper().writeValueAsString(new KeyBatch(keyIds))))
                .build());
        if (response.statusCode() != 200) {
            throw new KeyServiceUnavailableException("key batch: command-service answered " + response.statusCode());
        }
        KeyBatchAnswer answer;
        try {
            answer = KernelJson.mapper().readValue(response.body(), KeyBatchAnswer.class);
        } catch (JacksonException e) {
            throw new KeyServiceUnavailableException("key batch: command-service's answer does not read", e);
        }
        Map<String, Optional<byte[]>> found = new HashMap<>();
        if (answer.keys() != null) {
            answer.keys().forEach(key -> found.put(key.keyId(), Optional.of(Base64.getDecoder().decode(key.key()))));
        }
        if (answer.notReleased() != null) {
            answer.notReleased().forEach(keyId -> found.putIfAbsent(keyId, Optional.empty()));
        }
        if (found.size() != keyIds.size() || !found.keySet().containsAll(keyIds)) {
            throw new KeyServiceUnavailableException("key batch: the answer does not match the " + keyIds.size()
                    + " keys asked for");
        }
        return found;
    }

    private static String pathOf(String keyId) {
        return "/internal/v1/keys/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeyServiceUnavailableException("command-service key endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyServiceUnavailableException("interrupted while fetching key", e);
        }
    }

    record ReleasedKey(String keyId, String key) {
    }

    record KeyBatch(List<String> keyIds) {
    }

    record KeyBatchAnswer(@Nullable List<ReleasedKey> keys, @Nullable List<String> notReleased) {
    }
}
