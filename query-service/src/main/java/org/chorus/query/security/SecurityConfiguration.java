package org.chorus.query.security;

import org.chorus.query.page.DashboardPage;
import org.chorus.web.security.BearerTokens;
import org.chorus.web.security.DevUsersOnlyLocally;
import org.chorus.web.security.OidcUsers;
import org.chorus.web.security.RateLimitFilter;
import org.chorus.web.security.RateLimitSettings;
import org.chorus.web.security.RateLimits;
import org.chorus.web.security.SecurityHeaders;
import org.chorus.web.security.SecurityObservations;
import org.chorus.web.security.SignInClaims;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Two filter chains. The API (and actuator, OpenAPI) is stateless with problem-detail 401/403: bearer JWTs when
 * {@code chorus.auth} is configured, and HTTP Basic for the dev users of the {@code local} profile. The pages sign
 * in through the OIDC provider when a client registration is configured and the profile is not {@code local},
 * otherwise through the form with the dev users: a session cookie (HttpOnly, SameSite=Lax, set in
 * application.yml) and CSRF on every form. Both chains send the same security headers (a content security policy
 * that allows scripts and styles from this service only) and count requests against the rate limits. Without the
 * local profile or {@code chorus.auth} nobody can sign in.
 */
@Import({DevUsersOnlyLocally.class, SecurityObservations.class})
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInClaims.class, RateLimitSettings.class})
class SecurityConfiguration {

    @Bean
    RateLimits rateLimits(RateLimitSettings settings) {
        return new RateLimits(settings);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponder problems, SignInClaims claims, RateLimits limits)
            throws Exception {
        JwtDecoder tokens = BearerTokens.decoder(claims);
        if (tokens != null) {
            http.oauth2ResourceServer(resource -> resource.authenticationEntryPoint(problems)
                    .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(t -> BearerTokens.authentication(claims, t))));
        }
        return http
                .securityMatchers(matchers -> matchers.requestMatchers(EndpointRequest.toAnyEndpoint())
                        .requestMatchers("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.policy())
                .addFilterBefore(new RateLimitFilter(limits, problems::tooManyRequests), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/insights/themes", "/api/v1/insights/equality",
                                "/api/v1/dashboard")
                        .hasAnyRole("ANALYST", "PROGRAMME_LEAD")
                        .requestMatchers("/api/v1/insights/**").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.GET, "/api/v1/sessions/*/power-sharing")
                        .hasAnyRole("FACILITATOR", "ANALYST", "PROGRAMME_LEAD")
                        .requestMatchers(HttpMethod.GET, "/api/v1/sessions/*/timeline", "/api/v1/sessions/*/state")
                        .hasRole("FACILITATOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/campaigns/*/progress")
                        .hasAnyRole("PROGRAMME_LEAD", "ADMIN", "ANALYST", "CHAMPION")
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /** Each {@link DashboardPage} is open to its roles; the campaign page to whoever may read the campaign. */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ProblemResponder problems, SignInClaims claims, RateLimits limits,
                              ObjectProvider<ClientRegistrationRepository> registrations, Environment environment)
            throws Exception {
        if (registrations.getIfAvailable() != null && !environment.acceptsProfiles(Profiles.of("local"))) {
            http.oauth2Login(oidc -> oidc.userInfoEndpoint(user -> user.oidcUserService(new OidcUsers(claims)))
                            .defaultSuccessUrl("/"))
                    .logout(logout -> logout.logoutSuccessUrl("/"));
        } else {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
                    .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll());
        }
        return http
                .headers(SecurityHeaders.policy())
                .addFilterBefore(new RateLimitFilter(limits, problems::tooManyRequests), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.GET, "/login", "/css/**", "/js/**", "/webjars/**",
                            "/favicon.ico").permitAll();
                    requests.requestMatchers("/error").permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/").authenticated();
                    for (DashboardPage page : DashboardPage.values()) {
                        requests.requestMatchers(HttpMethod.GET, page.path(), page.path() + "/**")
                                .hasAnyRole(page.roles());
                    }
                    requests.requestMatchers(HttpMethod.GET, "/campaigns/*")
                            .hasAnyRole("PROGRAMME_LEAD", "ADMIN", "ANALYST", "CHAMPION");
                    requests.anyRequest().denyAll();
                })
                .build();
    }

    @Bean
    @Profile("!local")
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
