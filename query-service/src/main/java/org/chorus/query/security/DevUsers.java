package org.chorus.query.security;

import java.util.List;
import org.chorus.web.security.ConfiguredSecrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The embedded default's users, one per role; {@code chorus.dev-users.<name>.password} overrides {@code <name>-local}. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DevUsers {
    private static final List<List<String>> USERS = List.of(
            List.of("analyst", "ANALYST"), List.of("lead", "PROGRAMME_LEAD"), List.of("admin", "ADMIN"),
            List.of("champion", "CHAMPION"), List.of("champion2", "CHAMPION"), List.of("champion3", "CHAMPION"), List.of("moderator", "MODERATOR"),
            List.of("facilitator", "FACILITATOR"));

    /** Basic passwords come from configuration: checked as configured, never hashed (see ConfiguredSecrets). */
    @Bean
    PasswordEncoder configuredSecrets() {
        return new ConfiguredSecrets();
    }

    @Bean
    UserDetailsService localUsers(Environment environment) {
        List<UserDetails> users = USERS.stream().map(user -> User.withUsername(user.get(0))
                .password(environment.getProperty("chorus.dev-users." + user.get(0) + ".password",
                        user.get(0) + "-local"))
                .roles(user.get(1))
                .build()).toList();
        return new InMemoryUserDetailsManager(users);
    }
}
