package org.chorus.command.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the event store's readers wait for a missing global index to commit ({@code chorus.event-store.*}; see
 * docs/reliability-publishing.md). A transaction shorter than half the gap timeout is never skipped, as long as fewer
 * than {@code maxGapOffset} events commit while it is open.
 *
 * @param gapTimeout           a hole is given up once the event after it is older than this
 * @param maxGapOffset         a hole more than this many indexes below the newest one read is given up
 * @param gapCleaningThreshold holes tracked before the reader looks for given-up ones to drop
 */
@ConfigurationProperties("chorus.event-store")
record EventStoreSettings(@DefaultValue("PT10M") Duration gapTimeout, @DefaultValue("100000") int maxGapOffset,
                          @DefaultValue("1000") int gapCleaningThreshold) {
}
