package org.chorus.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Checks bearer JWTs as {@link SignInClaims} says and turns them into signed-in users with their roles. */
public final class BearerTokens {
    private BearerTokens() {
    }

    /** The token checker, or none when production sign-in is not configured. */
    public static @Nullable JwtDecoder decoder(SignInClaims auth) {
        if (!auth.configured()) {
            return null;
        }
        String issuer = auth.issuerUri();
        if (auth.jwkSetUri() == null && auth.publicKeyLocation() == null) {
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
        }
        NimbusJwtDecoder decoder = auth.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(auth.jwkSetUri()).build()
                : NimbusJwtDecoder.withPublicKey(publicKey(auth.publicKeyLocation())).build();
        decoder.setJwtValidator(issuer == null ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    public static AbstractAuthenticationToken authentication(SignInClaims auth, Jwt jwt) {
        return new JwtAuthenticationToken(jwt, auth.authorities(jwt.getClaims()), auth.login(jwt.getClaims()));
    }

    private static RSAPublicKey publicKey(@Nullable Resource pem) {
        if (pem == null) {
            throw new IllegalStateException("chorus.auth.public-key-location is not set");
        }
        try (InputStream in = pem.getInputStream()) {
            String base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chorus.auth.public-key-location", e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("chorus.auth.public-key-location is not an RSA public key (PEM)", e);
        }
    }
}
