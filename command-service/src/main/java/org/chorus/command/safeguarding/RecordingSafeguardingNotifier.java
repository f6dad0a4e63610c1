package org.chorus.command.safeguarding;

import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notifier used until a real channel (GOV.UK Notify) is configured: it records each message it would have sent
 * in {@code safeguarding_notification}, so the sending can be seen and checked. A real notifier takes over by
 * being declared {@code @Primary}.
 */
@Component
class RecordingSafeguardingNotifier implements SafeguardingNotifier {
    private final JdbcTemplate jdbc;

    RecordingSafeguardingNotifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS safeguarding_notification (id bigserial PRIMARY KEY,"
                + " sent_at timestamptz NOT NULL DEFAULT now(), story_id uuid NOT NULL, email text NOT NULL,"
                + " phone text, message text NOT NULL)");
    }

    @Override
    public void send(SafeguardingAlert alert, String email, @Nullable String phone) {
        jdbc.update("INSERT INTO safeguarding_notification (story_id, email, phone, message) VALUES (?, ?, ?, ?)",
                alert.storyId(), email, phone, KernelJson.mapper().writeValueAsString(alert));
    }
}
