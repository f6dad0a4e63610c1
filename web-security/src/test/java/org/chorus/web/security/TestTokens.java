package org.chorus.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * An identity provider in the test: an RSA key whose public half the service trusts, minting signed JWTs. Shared
 * with both services' tests through this module's test jar.
 */
public final class TestTokens {
    public static final String ISSUER = "https://login.chorus.test/realms/chorus";
    private final RSAKey key;
    private final Path publicKey;

    public TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            publicKey = Files.createTempFile("chorus-jwt", ".pem");
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For {@code chorus.auth.public-key-location}. */
    public String publicKeyLocation() {
        return publicKey.toUri().toString();
    }

    /** A valid token for a user with roles, organisation and places in the default claims. */
    public String token(String subject, String role, String organisation, List<String> places) {
        return sign(key, claims(subject, role, organisation, places, ISSUER, Instant.now().plus(Duration.ofMinutes(5))));
    }

    public String expired(String subject, String role) {
        return sign(key, claims(subject, role, "Org", List.of(), ISSUER, Instant.now().minus(Duration.ofMinutes(5))));
    }

    public String fromAnotherIssuer(String subject, String role) {
        return sign(key, claims(subject, role, "Org", List.of(), "https://elsewhere.test",
                Instant.now().plus(Duration.ofMinutes(5))));
    }

    /** Valid and signed, but naming nobody: no subject. */
    public String anonymous(String role) {
        return sign(key, new JWTClaimsSet.Builder(claims("nobody", role, "Org", List.of(), ISSUER,
                Instant.now().plus(Duration.ofMinutes(5)))).subject(null).build());
    }

    /** Signed by a key the service has never seen. */
    public String forged(String subject, String role) {
        try {
            return sign(new RSAKeyGenerator(2048).keyID("test-key").generate(), claims(subject, role, "Org", List.of(),
                    ISSUER, Instant.now().plus(Duration.ofMinutes(5))));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String subject, String role, String organisation, List<String> places,
                                       String issuer, Instant expires) {
        return new JWTClaimsSet.Builder().subject(subject).issuer(issuer)
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(expires))
                .claim("roles", List.of(role)).claim("organisation", organisation).claim("places", places).build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
