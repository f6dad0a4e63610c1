package org.chorus.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chorus.rate-limit.*}: requests a minute per signed-in user and per client address (anonymous callers; the
 * address is the one Tomcat reports, which honours {@code X-Forwarded-For} only under
 * {@code server.forward-headers-strategy}), and how many users and addresses are remembered at most.
 */
@ConfigurationProperties("chorus.rate-limit")
public record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue("300") int perUserPerMinute,
                         @DefaultValue("600") int perAddressPerMinute, @DefaultValue("10000") int tracked) {
}
