package org.chorus.command.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets handlers take a {@link Caller} parameter, built from the authenticated login. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {
    private final UserProfiles profiles;

    CallerArgumentResolver(UserProfiles profiles) {
        this.profiles = profiles;
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
        return callerOf(authentication, profiles);
    }

    /** The caller an authentication stands for: organisation and places from the login's profile. */
    static Caller callerOf(Authentication authentication, UserProfiles profiles) {
        String login = authentication.getName();
        UserProfile profile = profiles.users().get(login);
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toUnmodifiableSet());
        return new Caller(login, profile == null ? login : profile.organisation(),
                profile == null ? Set.of() : Set.copyOf(profile.places()), roles);
    }
}
