package org.chorus.command.storyteller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of receipt codes: after {@code failures} wrong pairs from one client address, or against
 * one reference, within {@code window} of the first of them, every lookup from that address or of that reference
 * is refused until the window has passed, the right pair too (else the refusal would leak which guess was
 * right). Successes do not count and do not reset. In memory, one instance per service, at most {@code tracked}
 * addresses and references each, least recently touched forgotten first. Separate from the per-user API rate
 * limits.
 */
@Component
@EnableConfigurationProperties(ThrottleSettings.class)
class LookupThrottle {
    private final ThrottleSettings settings;
    private final Clock clock;
    private final Failures byAddress;
    private final Failures byReference;

    @Autowired
    LookupThrottle(ThrottleSettings settings) {
        this(settings, Clock.systemUTC());
    }

    LookupThrottle(ThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.byAddress = new Failures(settings.tracked());
        this.byReference = new Failures(settings.tracked());
    }

    /** How long the caller must wait, if the address or the reference is throttled now. */
    Optional<Duration> wait(String address, String reference) {
        Instant now = clock.instant();
        Duration wait = max(byAddress.blockedFor(address, now), byReference.blockedFor(reference, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String address, String reference) {
        Instant now = clock.instant();
        byAddress.count(address, now);
        byReference.count(reference, now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Failures in the current window of each key: the window opens at the first failure after the last one closed. */
    private final class Failures {
        private final Map<String, Window> windows;

        Failures(int tracked) {
            this.windows = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                    return size() > tracked;
                }
            };
        }

        synchronized void count(String key, Instant now) {
            Window current = windows.get(key);
            if (current == null || !now.isBefore(current.closes())) {
                windows.put(key, new Window(now.plus(settings.window()), 1));
            } else {
                windows.put(key, new Window(current.closes(), current.failures() + 1));
            }
        }

        synchronized Duration blockedFor(String key, Instant now) {
            Window current = windows.get(key);
            if (current == null || current.failures() < settings.failures() || !now.isBefore(current.closes())) {
                return Duration.ZERO;
            }
            return Duration.between(now, current.closes());
        }
    }

    private record Window(Instant closes, int failures) {
    }
}
