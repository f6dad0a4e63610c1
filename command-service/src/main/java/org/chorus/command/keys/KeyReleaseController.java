package org.chorus.command.keys;

import java.util.Base64;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands query-service the key of a story's approved, redacted version (or of its shared equality profile) while it is
 * released. Internal: only the query-service principal may call it; a withheld or destroyed key is a 404.
 */
@RestController
class KeyReleaseController {
    private final DataKeys keys;

    KeyReleaseController(DataKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/internal/v1/keys/{keyId}")
    ResponseEntity<Map<String, String>> releasedKey(@PathVariable String keyId) {
        return keys.findReleased(keyId)
                .map(key -> ResponseEntity.ok(Map.of("keyId", keyId, "key", Base64.getEncoder().encodeToString(key))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
