package org.chorus.command.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a command in one database transaction with its idempotency record: the events and the remembered answer
 * commit together or not at all. Keys are scoped per (user, method, path); only successful answers are kept.
 * Two racing requests with one key: the loser's transaction (its events included) rolls back on the primary key
 * and it answers what the winner stored. A key is remembered for {@code chorus.idempotency.keep-for} after its
 * first success: after that it is forgotten (a repeat runs as new) and {@link IdempotencyPurge} deletes it.
 */
@Component
@EnableConfigurationProperties(IdempotencySettings.class)
public class IdempotentCommands {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IdempotencySettings settings;
    private final Clock clock;

    IdempotentCommands(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, IdempotencySettings settings,
                       Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = settings;
        this.clock = clock;
        jdbc.execute("CREATE TABLE IF NOT EXISTS idempotency_key (login text NOT NULL, method text NOT NULL,"
                + " path text NOT NULL, key text NOT NULL, request_hash text NOT NULL, status int NOT NULL,"
                + " location text, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),"
                + " PRIMARY KEY (login, method, path, key))");
        jdbc.execute("CREATE INDEX IF NOT EXISTS idempotency_key_created_at ON idempotency_key (created_at)");
    }

    /**
     * @param key     the client's key, or null to run without one (still in one transaction)
     * @param request a canonical form of the request body, to tell a true retry from a reused key
     */
    public Answer run(String login, String method, String path, @Nullable String key, String request,
                      Supplier<Answer> command) {
        if (key == null) {
            return transactions.execute(tx -> command.get());
        }
        String hash = sha256(request);
        Optional<Answer> earlier = remembered(login, method, path, key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transactions.execute(tx -> {
                Answer answer = command.get();
                remember(login, method, path, key, hash, answer);
                return answer;
            });
        } catch (DuplicateKeyException raced) {
            return remembered(login, method, path, key, hash).orElseThrow(() -> raced);
        }
    }

    /** Deletes the keys older than {@code keep-for}; answers how many. */
    public int purgeExpired() {
        return jdbc.update("DELETE FROM idempotency_key WHERE created_at <= ?", expiry());
    }

    // an expired row not yet purged is taken over; a live one means another request won the race
    private void remember(String login, String method, String path, String key, String hash, Answer answer) {
        int stored = jdbc.update("INSERT INTO idempotency_key (login, method, path, key, request_hash, status, location,"
                        + " body, created_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (login, method, path, key) DO UPDATE"
                        + " SET request_hash = excluded.request_hash, status = excluded.status,"
                        + " location = excluded.location, body = excluded.body, created_at = excluded.created_at"
                        + " WHERE idempotency_key.created_at <= ?", login, method, path, key, hash, answer.status(),
                answer.location(), answer.body(), Timestamp.from(clock.instant()), expiry());
        if (stored == 0) {
            throw new DuplicateKeyException("Idempotency-Key " + key + " was stored by a concurrent request");
        }
    }

    private Optional<Answer> remembered(String login, String method, String path, String key, String hash) {
        List<Answer> rows = jdbc.query("SELECT request_hash, status, location, body FROM idempotency_key"
                + " WHERE login = ? AND method = ? AND path = ? AND key = ? AND created_at > ?", (rs, n) -> {
                    if (!hash.equals(rs.getString("request_hash"))) {
                        throw new IdempotencyKeyReused();
                    }
                    return new Answer(rs.getInt("status"), rs.getString("location"), rs.getString("body"));
                }, login, method, path, key, expiry());
        return rows.stream().findFirst();
    }

    private Timestamp expiry() {
        Instant now = clock.instant();
        return Timestamp.from(now.minus(settings.keepFor()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
