package org.chorus.command.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a command in one database transaction with its idempotency record: the events and the remembered answer
 * commit together or not at all. Keys are scoped per (user, method, path); only successful answers are kept.
 * Two racing requests with one key: the loser's transaction (its events included) rolls back on the primary key
 * and it answers what the winner stored.
 */
@Component
public class IdempotentCommands {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    IdempotentCommands(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        jdbc.execute("CREATE TABLE IF NOT EXISTS idempotency_key (login text NOT NULL, method text NOT NULL,"
                + " path text NOT NULL, key text NOT NULL, request_hash text NOT NULL, status int NOT NULL,"
                + " location text, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),"
                + " PRIMARY KEY (login, method, path, key))");
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
                jdbc.update("INSERT INTO idempotency_key (login, method, path, key, request_hash, status, location, body)"
                        + " VALUES (?,?,?,?,?,?,?,?)", login, method, path, key, hash, answer.status(),
                        answer.location(), answer.body());
                return answer;
            });
        } catch (DuplicateKeyException raced) {
            return remembered(login, method, path, key, hash).orElseThrow(() -> raced);
        }
    }

    private Optional<Answer> remembered(String login, String method, String path, String key, String hash) {
        List<Answer> rows = jdbc.query("SELECT request_hash, status, location, body FROM idempotency_key"
                + " WHERE login = ? AND method = ? AND path = ? AND key = ?", (rs, n) -> {
                    if (!hash.equals(rs.getString("request_hash"))) {
                        throw new IdempotencyKeyReused();
                    }
                    return new Answer(rs.getInt("status"), rs.getString("location"), rs.getString("body"));
                }, login, method, path, key);
        return rows.stream().findFirst();
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
