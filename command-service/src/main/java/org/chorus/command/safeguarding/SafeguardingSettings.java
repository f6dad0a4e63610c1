package org.chorus.command.safeguarding;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who is alerted when a story is escalated ({@code chorus.safeguarding.*}): the lead's email (required) and
 * optional phone, the logins (moderators) who may work the safeguarding queue, and the base address links in alerts
 * point at.
 */
@ConfigurationProperties("chorus.safeguarding")
public record SafeguardingSettings(String leadEmail, @Nullable String leadPhone, List<String> leadLogins,
                                   String linkBase) {

    public SafeguardingSettings {
        if (leadEmail == null || leadEmail.isBlank()) {
            throw new IllegalStateException("chorus.safeguarding.lead-email must name the safeguarding lead");
        }
        leadPhone = leadPhone == null || leadPhone.isBlank() ? null : leadPhone;
        leadLogins = leadLogins == null ? List.of() : List.copyOf(leadLogins);
        linkBase = linkBase == null ? "" : linkBase.replaceAll("/+$", "");
    }

    /** Whether this login works the safeguarding queue. */
    boolean isLead(String login) {
        return leadLogins.contains(login);
    }
}
