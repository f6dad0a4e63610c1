package org.chorus.query.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chorus.query.keys.ContentKeys;

/**
 * Participants' data keys for reading sessions, each remembered for a few seconds so that a timeline does not ask
 * command-service once per line. Once this instance has projected a participant's erasure their keys are forgotten
 * for good: never served from memory again, even if a read that began earlier brings one back.
 */
public final class ParticipantKeys {
    private static final int PURGE_ABOVE = 1_000;

    private final ContentKeys keys;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Set<String> forgotten = ConcurrentHashMap.newKeySet();

    public ParticipantKeys(ContentKeys keys, Duration ttl, Clock clock) {
        this.keys = keys;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The key, or empty once it was destroyed; throws when command-service cannot answer. */
    public Optional<byte[]> find(String keyId) {
        if (forgotten.contains(keyId)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cached cached = cache.get(keyId);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.key();
        }
        Optional<byte[]> key = keys.find(keyId);
        purgeExpired(now);
        cache.put(keyId, new Cached(key, now.plus(ttl)));
        // an erasure projected while we were asking wins over what we were told
        if (forgotten.contains(keyId)) {
            cache.remove(keyId);
            return Optional.empty();
        }
        return key;
    }

    void forget(Collection<String> keyIds) {
        forgotten.addAll(keyIds);
        keyIds.forEach(cache::remove);
    }

    private void purgeExpired(Instant now) {
        if (cache.size() > PURGE_ABOVE) {
            cache.values().removeIf(cached -> !now.isBefore(cached.expires()));
        }
    }

    private record Cached(Optional<byte[]> key, Instant expires) {
    }
}
