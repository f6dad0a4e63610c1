package org.chorus.command.safeguarding;

import java.util.Map;
import org.chorus.command.notify.Notifications;
import org.chorus.command.notify.NotifyProperties;
import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the safeguarding lead: records each alert message in {@code safeguarding_notification}, so the sending can be
 * seen and checked, and sends it through GOV.UK Notify by email (and text message when a phone number is set) when
 * Notify and the safeguarding templates are configured. The message holds only what {@link SafeguardingAlert} holds.
 */
@Component
class LeadNotifier implements SafeguardingNotifier {
    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final NotifyProperties.Templates templates;

    LeadNotifier(JdbcTemplate jdbc, Notifications notifications, NotifyProperties notify) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.templates = notify.templates();
        jdbc.execute("CREATE TABLE IF NOT EXISTS safeguarding_notification (id bigserial PRIMARY KEY,"
                + " sent_at timestamptz NOT NULL DEFAULT now(), story_id uuid NOT NULL, email text NOT NULL,"
                + " phone text, message text NOT NULL)");
    }

    @Override
    public void send(SafeguardingAlert alert, String email, @Nullable String phone) {
        if (notifications.enabled()) {
            Map<String, String> personalisation = Map.of("reference", alert.reference(), "place", alert.place(),
                    "escalatedAt", alert.escalatedAt().toString(), "link", alert.link());
            String reference = "safeguarding-" + alert.storyId();
            if (present(templates.safeguardingEmail())) {
                notifications.email(templates.safeguardingEmail(), email, personalisation, reference);
            }
            if (phone != null && !phone.isBlank() && present(templates.safeguardingSms())) {
                notifications.sms(templates.safeguardingSms(), phone, personalisation, reference);
            }
        }
        jdbc.update("INSERT INTO safeguarding_notification (story_id, email, phone, message) VALUES (?, ?, ?, ?)",
                alert.storyId(), email, phone, KernelJson.mapper().writeValueAsString(alert));
    }

    private static boolean present(@Nullable String template) {
        return template != null && !template.isBlank();
    }
}
