package org.chorus.query.insight;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where the next feed page starts: after this approval time and, among equal times, after this id. Opaque to clients. */
public record FeedCursor(Instant approvedAt, String id) {

    public String encode() {
        String raw = approvedAt.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service issued */
    public static FeedCursor decode(String text) {
        String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        int colon = raw.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not a feed cursor");
        }
        Instant approvedAt = Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon)));
        String id = raw.substring(colon + 1);
        if (!UUID.fromString(id).toString().equals(id)) {
            throw new IllegalArgumentException("not a feed cursor");
        }
        return new FeedCursor(approvedAt, id);
    }
}
