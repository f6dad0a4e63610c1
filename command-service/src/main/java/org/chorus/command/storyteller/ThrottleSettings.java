package org.chorus.command.storyteller;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chorus.storyteller.throttle.*}: how many wrong reference/receipt-code pairs a client address, and a
 * reference, may send within the window before every lookup from it is answered 429; and how many addresses and
 * references are tracked at most (the oldest are forgotten first).
 */
@ConfigurationProperties("chorus.storyteller.throttle")
record ThrottleSettings(int failures, Duration window, int tracked) {

    ThrottleSettings {
        if (failures < 1 || window.isNegative() || window.isZero() || tracked < 1) {
            throw new IllegalArgumentException("chorus.storyteller.throttle needs failures >= 1, a positive window"
                    + " and tracked >= 1");
        }
    }
}
