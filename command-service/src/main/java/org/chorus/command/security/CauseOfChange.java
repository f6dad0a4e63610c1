package org.chorus.command.security;

import java.util.Map;
import java.util.TreeSet;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.web.security.SignInClaims;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every message, and so every event a command causes, with who caused it: the signed-in user's login, roles
 * and organisation; {@value #STORYTELLER} for the public self-service calls (no login); {@value #SYSTEM} for work
 * started by the service itself. A message that already carries a cause passes it on unchanged, so events applied
 * by a command keep the command's cause. Axon stores it in the event's metadata; the Kafka publisher sends it as
 * headers.
 */
@Component
class CauseOfChange implements CorrelationDataProvider {
    static final String STORYTELLER = "storyteller";
    static final String SYSTEM = "system";

    private final UserProfiles profiles;
    private final SignInClaims claims;

    CauseOfChange(UserProfiles profiles, SignInClaims claims) {
        this.profiles = profiles;
        this.claims = claims;
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Object already = message.getMetaData().get(EventHeaders.CAUSED_BY);
        if (already != null) {
            return Map.of(EventHeaders.CAUSED_BY, already,
                    EventHeaders.CAUSED_BY_ROLE, message.getMetaData().getOrDefault(EventHeaders.CAUSED_BY_ROLE, ""),
                    EventHeaders.CAUSED_BY_ORGANISATION,
                    message.getMetaData().getOrDefault(EventHeaders.CAUSED_BY_ORGANISATION, ""));
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            return cause(SYSTEM, "SYSTEM", "");
        }
        if (signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()) {
            return cause(STORYTELLER, "STORYTELLER", "");
        }
        Caller caller = CallerArgumentResolver.callerOf(signedIn, profiles, claims);
        return cause(caller.login(), String.join(",", new TreeSet<>(caller.roles())), caller.organisation());
    }

    private static Map<String, String> cause(String who, String roles, String organisation) {
        return Map.of(EventHeaders.CAUSED_BY, who, EventHeaders.CAUSED_BY_ROLE, roles,
                EventHeaders.CAUSED_BY_ORGANISATION, organisation);
    }
}
