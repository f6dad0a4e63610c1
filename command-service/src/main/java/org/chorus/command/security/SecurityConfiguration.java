package org.chorus.command.security;

import java.util.ArrayList;
import java.util.List;
import org.chorus.web.security.BearerTokens;
import org.chorus.web.security.ConfiguredSecrets;
import org.chorus.web.security.DevUsersOnlyLocally;
import org.chorus.web.security.OidcUsers;
import org.chorus.web.security.RateLimitFilter;
import org.chorus.web.security.RateLimitSettings;
import org.chorus.web.security.RateLimits;
import org.chorus.web.security.SecurityHeaders;
import org.chorus.web.security.SignInClaims;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two filter chains: the JSON API (stateless, problem-detail 401/403) and the pages (session, CSRF on every form).
 * The API takes bearer JWTs when {@code chorus.auth} is configured, and HTTP Basic for the internal account and,
 * on the {@code local} profile only, the dev users. Pages sign in through the OIDC provider when a client
 * registration is configured and the profile is not {@code local}; otherwise through the form with the dev users.
 * Both chains send the same security headers and count requests against the rate limits. Roles per call are
 * those of API.md.
 */
@Import(DevUsersOnlyLocally.class)
@EnableConfigurationProperties({SignInClaims.class, RateLimitSettings.class})
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String INTERNAL_USER = "query-service";
    private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, e) ->
            ProblemResponses.write(response, 401, "Unauthorized", "Sign in with valid credentials.");
    private static final RateLimitFilter.TooManyRequests TOO_MANY_REQUESTS = (response, detail) ->
            ProblemResponses.write(response, 429, "Too Many Requests", detail);

    @Bean
    RateLimits rateLimits(RateLimitSettings settings) {
        return new RateLimits(settings);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SignInClaims claims, RateLimits limits) throws Exception {
        JwtDecoder tokens = BearerTokens.decoder(claims);
        if (tokens != null) {
            http.oauth2ResourceServer(resource -> resource.authenticationEntryPoint(UNAUTHORIZED)
                    .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(t -> BearerTokens.authentication(claims, t))));
        }
        http.securityMatcher("/api/**", "/internal/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.policy())
                .addFilterBefore(new RateLimitFilter(limits, TOO_MANY_REQUESTS), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(UNAUTHORIZED))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(UNAUTHORIZED)
                        .accessDeniedHandler((request, response, e) ->
                                ProblemResponses.write(response, 403, "Forbidden", "Your role may not do this.")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/internal/**").hasRole("INTERNAL")
                        .requestMatchers("/api/v1/storyteller/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/stories").hasRole("CHAMPION")
                        .requestMatchers(HttpMethod.GET, "/api/v1/my/stories").hasRole("CHAMPION")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/stories/*/consent").hasAnyRole("CHAMPION", "MODERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/stories/*/withdrawal").hasAnyRole("CHAMPION", "MODERATOR")
                        .requestMatchers("/api/v1/moderation/**").hasRole("MODERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/stories/*/moderation", "/api/v1/stories/*/redactions")
                        .hasRole("MODERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/stories/*/codes").hasRole("ANALYST")
                        .requestMatchers(HttpMethod.POST, "/api/v1/stories/*/responses").hasAnyRole("ANALYST", "MODERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/sessions/*/actions/*/progress")
                        .hasAnyRole("FACILITATOR", "PROGRAMME_LEAD")
                        .requestMatchers("/api/v1/sessions", "/api/v1/sessions/**").hasRole("FACILITATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/champions").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/campaigns/*/outreach").hasRole("CHAMPION")
                        .requestMatchers(HttpMethod.POST, "/api/v1/campaigns", "/api/v1/campaigns/*/champions",
                                "/api/v1/campaigns/*/close").hasRole("ADMIN")
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ExpiredFormHandler expiredForms, SignInClaims claims, RateLimits limits,
                              ObjectProvider<ClientRegistrationRepository> registrations, Environment environment)
            throws Exception {
        if (registrations.getIfAvailable() != null && !environment.acceptsProfiles(Profiles.of("local"))) {
            http.oauth2Login(oidc -> oidc.userInfoEndpoint(user -> user.oidcUserService(new OidcUsers(claims))))
                    .logout(logout -> logout.logoutSuccessUrl("/"));
        } else {
            http.formLogin(form -> form.loginPage("/login").permitAll())
                    .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll());
        }
        http.headers(SecurityHeaders.policy())
                .addFilterBefore(new RateLimitFilter(limits, TOO_MANY_REQUESTS), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.accessDeniedHandler(expiredForms))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/my-story", "/my-story/**").permitAll()
                        .requestMatchers("/stories/**", "/outreach/**").hasRole("CHAMPION")
                        .requestMatchers("/moderation/**").hasRole("MODERATOR")
                        .requestMatchers("/sessions", "/sessions/**").hasRole("FACILITATOR")
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * No observation around each security filter, authentication and authorization: they cost every request CPU and
     * nothing reads them. Requests are still observed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Basic passwords come from configuration: checked as configured, never re-hashed (see ConfiguredSecrets). */
    @Bean
    PasswordEncoder configuredSecrets() {
        return new ConfiguredSecrets();
    }

    @Bean
    InMemoryUserDetailsManager users(UserProfiles profiles) {
        List<UserDetails> users = new ArrayList<>();
        profiles.users().forEach((login, profile) -> users.add(User.withUsername(login)
                .password(profile.password() == null ? login + "-local" : profile.password())
                .roles(profile.roles().toArray(String[]::new)).build()));
        String internalPassword = profiles.internalPassword();
        if (internalPassword != null && !internalPassword.isBlank()) {
            users.add(User.withUsername(INTERNAL_USER).password(internalPassword).roles("INTERNAL").build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    WebMvcConfigurer callerArgument(UserProfiles profiles, SignInClaims claims) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver(profiles, claims));
            }
        };
    }
}
