package org.chorus.command.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chorus.idempotency.*}: an Idempotency-Key is remembered for {@code keepFor} after its first success (a
 * repeat after that runs as a new request); expired keys are deleted every {@code purgeEvery}.
 */
@ConfigurationProperties("chorus.idempotency")
record IdempotencySettings(@DefaultValue("P30D") Duration keepFor, @DefaultValue("PT1H") Duration purgeEvery) {
}
