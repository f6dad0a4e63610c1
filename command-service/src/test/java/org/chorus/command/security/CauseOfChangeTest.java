package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.web.security.SignInClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class CauseOfChangeTest {
    private final CauseOfChange causes = new CauseOfChange(new UserProfiles(Map.of("moderator",
            new UserProfile(List.of("MODERATOR"), "South East London VCSE Alliance", List.of("LEWISHAM"), null)), null),
            new SignInClaims(null, null, null, null, null, null, null));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInUserIsNamedWithTheirRolesAndOrganisation() {
        signIn("moderator");

        assertThat(causes.correlationDataFor(GenericCommandMessage.asCommandMessage("command"))).isEqualTo(Map.of(
                EventHeaders.CAUSED_BY, "moderator", EventHeaders.CAUSED_BY_ROLE, "MODERATOR",
                EventHeaders.CAUSED_BY_ORGANISATION, "South East London VCSE Alliance"));
    }

    @Test
    void thePublicSelfServiceCallsAreTheStorytellersAndBackgroundWorkIsTheSystems() {
        assertThat(causes.correlationDataFor(GenericCommandMessage.asCommandMessage("command"))).isEqualTo(Map.of(
                EventHeaders.CAUSED_BY, "system", EventHeaders.CAUSED_BY_ROLE, "SYSTEM",
                EventHeaders.CAUSED_BY_ORGANISATION, ""));

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(causes.correlationDataFor(GenericCommandMessage.asCommandMessage("command"))).isEqualTo(Map.of(
                EventHeaders.CAUSED_BY, "storyteller", EventHeaders.CAUSED_BY_ROLE, "STORYTELLER",
                EventHeaders.CAUSED_BY_ORGANISATION, ""));
    }

    @Test
    void aMessageThatAlreadyHasACauseKeepsIt() {
        signIn("moderator");
        MetaData caused = MetaData.with(EventHeaders.CAUSED_BY, "champion")
                .and(EventHeaders.CAUSED_BY_ROLE, "CHAMPION").and(EventHeaders.CAUSED_BY_ORGANISATION, "Champions");

        assertThat(causes.correlationDataFor(GenericCommandMessage.asCommandMessage("command").withMetaData(caused)))
                .isEqualTo(Map.of(EventHeaders.CAUSED_BY, "champion", EventHeaders.CAUSED_BY_ROLE, "CHAMPION",
                        EventHeaders.CAUSED_BY_ORGANISATION, "Champions"));
    }

    private static void signIn(String login) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                login, null, AuthorityUtils.createAuthorityList("ROLE_MODERATOR")));
    }
}
