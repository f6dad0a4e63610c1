package org.chorus.command.notify;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chorus.notify.*}: the Notify API key (blank switches notifications off) and the template ids. The base
 * URL is read when sending, so the local profile can point it at this service's own port once it is known.
 */
@ConfigurationProperties("chorus.notify")
public record NotifyProperties(@Nullable String apiKey, Templates templates) {

    /**
     * The Notify templates Chorus sends: a response to a story, and a safeguarding alert to the lead, each by email
     * and by text message.
     */
    public record Templates(@Nullable String responseEmail, @Nullable String responseSms,
                            @Nullable String safeguardingEmail, @Nullable String safeguardingSms) {
    }

    boolean configured() {
        return apiKey != null && !apiKey.isBlank();
    }
}
