package org.chorus.web.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Token buckets per signed-in user and per client address, refilled smoothly over a minute. At most
 * {@link RateLimitSettings#tracked()} of each are remembered: the least recently seen is forgotten first.
 */
public final class RateLimits {
    private final RateLimitSettings settings;
    private final Map<String, Bucket> users;
    private final Map<String, Bucket> addresses;

    public RateLimits(RateLimitSettings settings) {
        this.settings = settings;
        this.users = lru(settings.tracked());
        this.addresses = lru(settings.tracked());
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Takes one request from the user's bucket: empty when allowed, else the seconds to wait. */
    public OptionalLong user(String login) {
        return take(users, login, settings.perUserPerMinute());
    }

    /** Takes one request from the address's bucket: empty when allowed, else the seconds to wait. */
    public OptionalLong address(String address) {
        return take(addresses, address, settings.perAddressPerMinute());
    }

    private static OptionalLong take(Map<String, Bucket> buckets, String key, int perMinute) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    private static Map<String, Bucket> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > size;
            }
        };
    }
}
