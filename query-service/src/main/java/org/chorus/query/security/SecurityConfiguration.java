package org.chorus.query.security;

import org.chorus.query.page.DashboardPage;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains over the dev users of the {@code local} profile. The API (and actuator, OpenAPI) is stateless
 * HTTP Basic with problem-detail 401/403; production will authenticate OAuth2 bearer JWTs there instead. The pages
 * sign in through a form: a session cookie (HttpOnly, SameSite=Lax, set in application.yml), CSRF on every form,
 * and a content security policy that allows scripts and styles from this service only. Without the local profile
 * nobody can sign in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponder problems) throws Exception {
        return http
                .securityMatchers(matchers -> matchers.requestMatchers(EndpointRequest.toAnyEndpoint())
                        .requestMatchers("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**"))
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
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
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
