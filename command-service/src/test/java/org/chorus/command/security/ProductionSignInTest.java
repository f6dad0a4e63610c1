package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chorus.web.security.SignInAnswers.assertSecurityHeaders;
import static org.chorus.web.security.SignInAnswers.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.Stories;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.chorus.web.security.SecurityHeaders;
import org.chorus.web.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production sign-in, without the local profile: bearer JWTs from an identity provider (a key minted here) for the
 * API, OIDC login for the pages, and no dev users. Also the security headers every answer carries.
 */
@SpringBootTest(properties = {
        "chorus.auth.issuer-uri=" + TestTokens.ISSUER,
        "chorus.safeguarding.lead-email=safeguarding-lead@example.org",
        "spring.security.oauth2.client.registration.chorus.client-id=chorus-pages",
        "spring.security.oauth2.client.registration.chorus.client-secret=pages-secret",
        "spring.security.oauth2.client.registration.chorus.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.chorus.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.chorus.scope=openid",
        "spring.security.oauth2.client.registration.chorus.provider=idp",
        "spring.security.oauth2.client.provider.idp.authorization-uri=https://login.chorus.test/authorize",
        "spring.security.oauth2.client.provider.idp.token-uri=https://login.chorus.test/token",
        "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://login.chorus.test/certs",
        "spring.security.oauth2.client.provider.idp.user-name-attribute=sub"})
@AutoConfigureMockMvc
class ProductionSignInTest extends EngineProperties {
    private static final TestTokens IDP = new TestTokens();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("chorus.auth.public-key-location", IDP::publicKeyLocation);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore events;

    private ResultActions submitAs(String token) throws Exception {
        return mvc.perform(bearer(post("/api/v1/stories"), token).contentType(MediaType.APPLICATION_JSON)
                .content(Api.json(Stories.submission("Bus fare", "The clinic moved and the bus costs too much."))));
    }

    @Test
    void aValidTokenWithTheRightRoleIsAcceptedWithItsPlacesAndOrganisation() throws Exception {
        String champion = IDP.token("champion-7f3a", "CHAMPION", "Deptford Tenants", List.of("LEWISHAM"));
        String body = submitAs(champion).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(body).get("id").asText();

        String moderator = IDP.token("moderator-02be", "MODERATOR", "South East London VCSE Alliance",
                List.of("LEWISHAM"));
        mvc.perform(bearer(post("/api/v1/stories/" + id + "/moderation"), moderator)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}"))
                .andExpect(status().isAccepted());
        String analyst = IDP.token("analyst-19cd", "ANALYST", "Greenwich Health Board", List.of());
        mvc.perform(bearer(post("/api/v1/stories/" + id + "/responses"), analyst)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"We added evening clinics.\"}"))
                .andExpect(status().isAccepted());

        List<String> responders = events.readEvents(id).asStream().map(e -> e.getPayload())
                .filter(StoryResponseRecordedEvent.class::isInstance).map(StoryResponseRecordedEvent.class::cast)
                .map(StoryResponseRecordedEvent::organisation).toList();
        assertThat(responders).containsExactly("Greenwich Health Board");
    }

    @Test
    void theWrongRoleIsForbidden() throws Exception {
        submitAs(IDP.token("analyst-19cd", "ANALYST", "Greenwich Health Board", List.of()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void expiredForeignForgedOrNamelessTokensAndDevPasswordsAreUnauthorized() throws Exception {
        for (String token : List.of(IDP.expired("champion-7f3a", "CHAMPION"),
                IDP.fromAnotherIssuer("champion-7f3a", "CHAMPION"), IDP.forged("champion-7f3a", "CHAMPION"),
                IDP.anonymous("CHAMPION"), "not-a-jwt")) {
            submitAs(token).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
        mvc.perform(get("/api/v1/my/stories").header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("champion:champion-local".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aPageSendsTheVisitorToTheIdentityProvider() throws Exception {
        String start = mvc.perform(get("/stories/new")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(start).endsWith("/oauth2/authorization/chorus");
        String provider = mvc.perform(get("/oauth2/authorization/chorus")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(provider).startsWith("https://login.chorus.test/authorize?")
                .contains("response_type=code", "client_id=chorus-pages", "scope=openid", "state=");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHstsOnlyOverHttps() throws Exception {
        String champion = IDP.token("champion-7f3a", "CHAMPION", "Deptford Tenants", List.of("LEWISHAM"));
        assertSecurityHeaders(mvc.perform(bearer(get("/api/v1/my/stories"), champion)).andExpect(status().isOk()))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        assertSecurityHeaders(mvc.perform(bearer(get("/api/v1/my/stories"), champion).secure(true)))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        assertSecurityHeaders(mvc.perform(get("/stories/new").secure(true)).andExpect(status().isFound()))
                .andExpect(header().exists("Strict-Transport-Security"));
        assertSecurityHeaders(mvc.perform(bearer(get("/api/v1/no-such-thing/" + UUID.randomUUID()), champion))
                .andExpect(status().is4xxClientError()));
        assertSecurityHeaders(mvc.perform(get("/api/v1/my/stories")).andExpect(status().isUnauthorized()));
    }

    @Test
    void aPageSignedInThroughOidcIsOpenToItsRoleOnly() throws Exception {
        mvc.perform(get("/stories/new").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_CHAMPION"))
                        .idToken(token -> token.subject("champion-7f3a").claims(claims -> claims.putAll(Map.of("roles",
                                List.of("CHAMPION"), "organisation", "Deptford Tenants", "places", List.of("LEWISHAM")))))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY));
        mvc.perform(get("/moderation").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_CHAMPION"))
                        .idToken(token -> token.subject("champion-7f3a"))))
                .andExpect(status().isForbidden());
    }
}
