package org.chorus.command.keys;

import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.command.rules.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands query-service the key of a story's approved, redacted version (or of its shared equality profile) while it is
 * released. Internal: only the query-service principal may call it; a withheld or destroyed key is a 404, or, asked
 * for in a batch, listed under {@code notReleased}.
 */
@RestController
class KeyReleaseController {
    static final int BATCH_LIMIT = 500;

    private final DataKeys keys;

    KeyReleaseController(DataKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/internal/v1/keys/{keyId}")
    ResponseEntity<Map<String, String>> releasedKey(@PathVariable String keyId) {
        return keys.findReleased(keyId)
                .map(key -> ResponseEntity.ok(released(keyId, key)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Many keys in one answer, each as the single endpoint gives it; every id asked for is in one list or the other. */
    @PostMapping("/internal/v1/keys/batch")
    KeyBatchAnswer releasedKeys(@RequestBody KeyBatch batch) {
        if (batch.keyIds() == null || batch.keyIds().stream().anyMatch(keyId -> keyId == null || keyId.isBlank())) {
            throw new InvalidInput("keyIds", "a list of key ids is required");
        }
        Set<String> asked = new LinkedHashSet<>(batch.keyIds());
        if (asked.size() > BATCH_LIMIT) {
            throw new InvalidInput("keyIds", "at most " + BATCH_LIMIT + " key ids at a time");
        }
        Map<String, byte[]> found = keys.findReleased(asked);
        List<Map<String, String>> released = found.entrySet().stream()
                .map(key -> released(key.getKey(), key.getValue())).toList();
        List<String> notReleased = asked.stream().filter(keyId -> !found.containsKey(keyId)).toList();
        return new KeyBatchAnswer(released, notReleased);
    }

    private static Map<String, String> released(String keyId, byte[] key) {
        return Map.of("keyId", keyId, "key", Base64.getEncoder().encodeToString(key));
    }

    record KeyBatch(@Nullable List<String> keyIds) {
    }

    record KeyBatchAnswer(List<Map<String, String>> keys, List<String> notReleased) {
    }
}
