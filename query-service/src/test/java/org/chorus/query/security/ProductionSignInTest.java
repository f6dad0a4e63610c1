package org.chorus.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chorus.web.security.SignInAnswers.assertSecurityHeaders;
import static org.chorus.web.security.SignInAnswers.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.TestKeys;
import org.chorus.web.security.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production sign-in, without the local profile: bearer JWTs from an identity provider (a key minted here) for the
 * API, OIDC login for the pages, and no dev users. Also the security headers every answer carries.
 */
@Import(TestKeys.class)
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "chorus.internal.password=secret",
        "chorus.auth.issuer-uri=" + TestTokens.ISSUER,
        "spring.security.oauth2.client.registration.chorus.client-id=chorus-insights",
        "spring.security.oauth2.client.registration.chorus.client-secret=insights-secret",
        "spring.security.oauth2.client.registration.chorus.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.chorus.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.chorus.scope=openid",
        "spring.security.oauth2.client.registration.chorus.provider=idp",
        "spring.security.oauth2.client.provider.idp.authorization-uri=https://login.chorus.test/authorize",
        "spring.security.oauth2.client.provider.idp.token-uri=https://login.chorus.test/token",
        "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://login.chorus.test/certs",
        "spring.security.oauth2.client.provider.idp.user-name-attribute=sub"})
@AutoConfigureMockMvc
class ProductionSignInTest {
    private static final TestTokens IDP = new TestTokens();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "production-sign-in");
        registry.add("chorus.auth.public-key-location", IDP::publicKeyLocation);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aValidTokenWithTheRightRoleReadsAndTheWrongRoleIsForbidden() throws Exception {
        mvc.perform(bearer(get("/api/v1/insights/feed"), IDP.token("analyst-19cd", "ANALYST", "ICB", List.of())))
                .andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/insights/feed"), IDP.token("champion-7f3a", "CHAMPION", "Tenants", List.of())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(bearer(get("/api/v1/insights/feed"), IDP.token("intruder", "INTERNAL", "ICB", List.of())))
                .andExpect(status().isForbidden());
    }

    @Test
    void expiredForeignForgedOrNamelessTokensAndDevPasswordsAreUnauthorized() throws Exception {
        for (String token : List.of(IDP.expired("analyst-19cd", "ANALYST"),
                IDP.fromAnotherIssuer("analyst-19cd", "ANALYST"), IDP.forged("analyst-19cd", "ANALYST"),
                IDP.anonymous("ANALYST"), "not-a-jwt")) {
            mvc.perform(bearer(get("/api/v1/insights/feed"), token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
        mvc.perform(get("/api/v1/insights/feed").with(httpBasic("analyst", "analyst-local")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPageSendsTheVisitorToTheIdentityProvider() throws Exception {
        String start = mvc.perform(get("/insights")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(start).endsWith("/oauth2/authorization/chorus");
        String provider = mvc.perform(get("/oauth2/authorization/chorus")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(provider).startsWith("https://login.chorus.test/authorize?")
                .contains("response_type=code", "client_id=chorus-insights", "scope=openid", "state=");
    }

    @Test
    void aPageSignedInThroughOidcIsOpenToItsRoleOnly() throws Exception {
        mvc.perform(get("/insights").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_ANALYST"))
                        .idToken(token -> token.subject("analyst-19cd"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Story feed")));
        mvc.perform(get("/insights").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_CHAMPION"))
                        .idToken(token -> token.subject("champion-7f3a"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndHstsOnlyOverHttps() throws Exception {
        String analyst = IDP.token("analyst-19cd", "ANALYST", "ICB", List.of());
        assertSecurityHeaders(mvc.perform(bearer(get("/api/v1/insights/feed"), analyst)).andExpect(status().isOk()))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        assertSecurityHeaders(mvc.perform(bearer(get("/api/v1/insights/feed"), analyst).secure(true)))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        assertSecurityHeaders(mvc.perform(get("/insights").secure(true)
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_ANALYST"))))
                .andExpect(status().isOk()))
                .andExpect(header().exists("Strict-Transport-Security"));
        assertSecurityHeaders(mvc.perform(bearer(get("/api/v1/insights/stories/not-a-story"), analyst))
                .andExpect(status().is4xxClientError()));
        assertSecurityHeaders(mvc.perform(get("/api/v1/insights/feed")).andExpect(status().isUnauthorized()));
    }
}
