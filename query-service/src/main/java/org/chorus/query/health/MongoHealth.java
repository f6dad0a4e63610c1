package org.chorus.query.health;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The component {@code mongo}: UP when the read store answers a ping within the timeout; a failure is logged. The
 * read store is built by hand (no Spring Data), so Boot contributes no Mongo indicator; the timeout keeps a check
 * from waiting the driver's 30 s server selection while Mongo is down.
 */
final class MongoHealth extends AbstractHealthIndicator {
    private final MongoClient client;
    private final Duration timeout;

    MongoHealth(MongoClient client, Duration timeout) {
        super("Mongo health check failed");
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        client.getDatabase("admin").withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .runCommand(new Document("ping", 1));
        health.up();
    }
}
