package org.chorus.command.notify;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/** {@link Notifications} through GOV.UK Notify's own Java client, at {@code chorus.notify.base-url}. */
@Component
@EnableConfigurationProperties(NotifyProperties.class)
class NotifyClientNotifications implements Notifications {
    private final NotifyProperties properties;
    private final Environment environment;

    NotifyClientNotifications(NotifyProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public boolean enabled() {
        return properties.configured();
    }

    @Override
    public void email(String templateId, String emailAddress, Map<String, String> personalisation, String reference) {
        try {
            client().sendEmail(templateId, emailAddress, personalisation, reference);
        } catch (NotificationClientException e) {
            throw new NotificationFailed("Notify refused an email (HTTP " + e.getHttpResult() + ")");
        }
    }

    @Override
    public void sms(String templateId, String phoneNumber, Map<String, String> personalisation, String reference) {
        try {
            client().sendSms(templateId, phoneNumber, personalisation, reference);
        } catch (NotificationClientException e) {
            throw new NotificationFailed("Notify refused a text message (HTTP " + e.getHttpResult() + ")");
        }
    }

    private NotificationClient client() {
        if (!enabled()) {
            throw new NotificationFailed("chorus.notify.api-key is not set");
        }
        String baseUrl = environment.getProperty("chorus.notify.base-url", "https://api.notifications.service.gov.uk");
        return new NotificationClient(properties.apiKey(), baseUrl);
    }
}
