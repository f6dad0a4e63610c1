package org.chorus.command.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a rejected story is kept before it is shredded ({@code chorus.retention.rejected-after}, ISO-8601, default
 * 30 days) and how often the retention job looks ({@code chorus.retention.check-every}, default hourly).
 */
@ConfigurationProperties("chorus.retention")
record RetentionProperties(@DefaultValue("P30D") Duration rejectedAfter, @DefaultValue("PT1H") Duration checkEvery) {
}
