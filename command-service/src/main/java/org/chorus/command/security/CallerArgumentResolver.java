package org.chorus.command.security;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chorus.web.security.SignInClaims;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets handlers take a {@link Caller} parameter, built from the authenticated login: from the token's or OIDC
 * user's claims ({@link SignInClaims}), or from the dev user's configuration.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {
    private final UserProfiles profiles;
    private final SignInClaims auth;

    CallerArgumentResolver(UserProfiles profiles, SignInClaims auth) {
        this.profiles = profiles;
        this.auth = auth;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no signed-in user");
        }
        return callerOf(authentication, profiles, auth);
    }

    /**
     * The caller an authentication stands for: from a token's or OIDC user's claims, else organisation and places
     * from the dev login's profile.
     */
    static Caller callerOf(Authentication authentication, UserProfiles profiles, SignInClaims auth) {
        if (authentication.getPrincipal() instanceof Jwt token) {
            return fromClaims(auth, token.getClaims());
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return fromClaims(auth, user.getClaims());
        }
        String login = authentication.getName();
        UserProfile profile = profiles.users().get(login);
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
        return new Caller(login, profile == null ? login : profile.organisation(),
                profile == null ? Set.of() : Set.copyOf(profile.places()), roles);
    }

    /** The caller a token describes: built from the claims the way a dev user is built from configuration. */
    private static Caller fromClaims(SignInClaims auth, Map<String, Object> claims) {
        String login = auth.login(claims);
        Object organisation = claims.get(auth.organisationClaim());
        return new Caller(login, organisation == null ? login : organisation.toString(),
                Set.copyOf(SignInClaims.values(claims.get(auth.placesClaim()))), auth.roles(claims));
    }
}
