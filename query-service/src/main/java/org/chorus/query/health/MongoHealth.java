package org.chorus.query.health;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The component {@code mongo}: UP when the read store answers a ping within the timeout. The read store is built by
 * hand (no Spring Data), so Boot contributes no Mongo indicator; the timeout keeps a check from waiting the driver's
 * 30 s server selection while Mongo is down.
 */
final class MongoHealth implements HealthIndicator {
    private final MongoClient client;
    private final Duration timeout;

    MongoHealth(MongoClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            client.getDatabase("admin").withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .runCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
