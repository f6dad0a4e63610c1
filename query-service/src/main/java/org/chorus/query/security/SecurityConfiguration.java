package org.chorus.query.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless HTTP Basic over the dev users of the {@code local} profile. Production will authenticate OAuth2 bearer
 * JWTs (roles from a configurable claim) instead; until then, without the local profile nobody can log in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponder problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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
                        .requestMatchers(HttpMethod.GET, "/api/v1/campaigns/*/progress", "/campaigns/*")
                        .hasAnyRole("PROGRAMME_LEAD", "ADMIN", "ANALYST", "CHAMPION")
                        .requestMatchers(HttpMethod.GET, "/css/**").permitAll()
                        .requestMatchers("/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    @Profile("!local")
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
