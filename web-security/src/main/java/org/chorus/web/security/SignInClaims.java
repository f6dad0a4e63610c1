package org.chorus.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Production sign-in ({@code chorus.auth.*}), the same for both services: where bearer tokens come from and which
 * claims carry a user's id, roles, organisation and places (the last two only command-service reads). Tokens are checked against {@code jwk-set-uri}, else {@code public-key-location}
 * (an RSA public key in PEM), else the issuer's discovery document; {@code issuer-uri}, when set, must match
 * {@code iss}. The same claims mapping serves OIDC page sign-in.
 */
@ConfigurationProperties("chorus.auth")
public record SignInClaims(@Nullable String issuerUri, @Nullable String jwkSetUri, @Nullable Resource publicKeyLocation,
                    String userIdClaim, String roleClaim, String organisationClaim, String placesClaim) {
    /** The roles of API.md; any other value in the role claim (INTERNAL included) is ignored. */
    public static final Set<String> ROLES = Set.of("CHAMPION", "MODERATOR", "FACILITATOR", "ANALYST", "PROGRAMME_LEAD",
            "ADMIN");

    public SignInClaims {
        issuerUri = issuerUri == null || issuerUri.isBlank() ? null : issuerUri;
        jwkSetUri = jwkSetUri == null || jwkSetUri.isBlank() ? null : jwkSetUri;
        userIdClaim = orDefault(userIdClaim, "sub");
        roleClaim = orDefault(roleClaim, "roles");
        organisationClaim = orDefault(organisationClaim, "organisation");
        placesClaim = orDefault(placesClaim, "places");
    }

    /** Whether bearer tokens can be checked at all. */
    public boolean configured() {
        return issuerUri != null || jwkSetUri != null || publicKeyLocation != null;
    }

    public String login(Map<String, Object> claims) {
        Object id = claims.get(userIdClaim);
        if (id == null || id.toString().isBlank()) {
            throw new BadCredentialsException("the token has no " + userIdClaim + " claim");
        }
        return id.toString();
    }

    public Set<String> roles(Map<String, Object> claims) {
        return values(claims.get(roleClaim)).stream().map(r -> r.startsWith("ROLE_") ? r.substring(5) : r)
                .filter(ROLES::contains).collect(Collectors.toUnmodifiableSet());
    }

    public List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return roles(claims).stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    /** A claim given as a JSON array or as one space- or comma-separated string. */
    public static List<String> values(@Nullable Object claim) {
        Stream<String> values;
        if (claim instanceof Collection<?> many) {
            values = many.stream().map(String::valueOf);
        } else if (claim instanceof String one) {
            values = Arrays.stream(one.split("[\\s,]+"));
        } else {
            values = Stream.empty();
        }
        return values.map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String orDefault(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
