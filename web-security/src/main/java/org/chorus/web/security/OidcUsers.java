package org.chorus.web.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Page sign-in through the OIDC provider: the user's id and roles come from the same claims as bearer tokens. */
public final class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService provider = new OidcUserService();
    private final SignInClaims auth;

    public OidcUsers(SignInClaims auth) {
        this.auth = auth;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        return new DefaultOidcUser(auth.authorities(user.getClaims()), user.getIdToken(), user.getUserInfo(),
                auth.userIdClaim());
    }
}
