package org.chorus.command.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two filter chains: the JSON API (HTTP Basic, stateless, problem-detail 401/403) and the pages (form login,
 * session, CSRF on every form). Roles per call are those of API.md.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String INTERNAL_USER = "query-service";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/internal/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        ProblemResponses.write(response, 401, "Unauthorized", "Sign in with valid credentials.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                ProblemResponses.write(response, 401, "Unauthorized", "Sign in with valid credentials."))
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
    SecurityFilterChain pages(HttpSecurity http, ExpiredFormHandler expiredForms) throws Exception {
        http.formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
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

    @Bean
    InMemoryUserDetailsManager users(UserProfiles profiles) {
        List<UserDetails> users = new ArrayList<>();
        profiles.users().forEach((login, profile) -> users.add(User.withUsername(login)
                .password("{noop}" + (profile.password() == null ? login + "-local" : profile.password()))
                .roles(profile.roles().toArray(String[]::new)).build()));
        String internalPassword = profiles.internalPassword();
        if (internalPassword != null && !internalPassword.isBlank()) {
            users.add(User.withUsername(INTERNAL_USER).password("{noop}" + internalPassword).roles("INTERNAL").build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    WebMvcConfigurer callerArgument(UserProfiles profiles) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver(profiles));
            }
        };
    }
}
