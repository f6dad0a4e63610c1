package org.chorus.command.notify;

import java.util.Map;

/**
 * Sends a templated email or text message. The template holds the words; personalisation fills its
 * {@code ((placeholders))}. The reference is ours (an event id, say), never personal data: it lets a resend be
 * recognised. A failure throws {@link NotificationFailed}, whose message never names the recipient.
 */
public interface Notifications {

    /** False when no API key is configured: nothing can be sent and callers should not try. */
    boolean enabled();

    void email(String templateId, String emailAddress, Map<String, String> personalisation, String reference);

    void sms(String templateId, String phoneNumber, Map<String, String> personalisation, String reference);
}
