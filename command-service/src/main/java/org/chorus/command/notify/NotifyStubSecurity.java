package org.chorus.command.notify;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Notify stand-in is called as Notify is: a bearer token the stub only checks is there, no session, no CSRF.
 * Local profile only, ahead of the API and page chains.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class NotifyStubSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain notifyStubChain(HttpSecurity http) throws Exception {
        http.securityMatcher(NotifyStub.PATH + "/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
