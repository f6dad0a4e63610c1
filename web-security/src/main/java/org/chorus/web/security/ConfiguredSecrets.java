package org.chorus.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks HTTP Basic passwords that come from configuration (the internal service password, the local profile's dev
 * users) against the configured value, in constant time, and never re-encodes them.
 *
 * <p>Spring Security's default delegating encoder marks every {@code {noop}} password as needing an upgrade. Its
 * in-memory user store is also a password-update service, so after the first sign-in each password becomes a BCrypt
 * hash. From then on every Basic request cost a BCrypt check, about 0.1 s of CPU. That included query-service's key
 * fetch for each story event. A configured secret gains nothing from a slow hash: whoever can read the configuration
 * has it anyway. People sign in through the identity provider in production.
 */
public final class ConfiguredSecrets implements PasswordEncoder {

    @Override
    public String encode(CharSequence rawPassword) {
        return rawPassword.toString();
    }

    /** Compares digests of equal length, so neither the content nor the length of the secret leaks by timing. */
    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(rawPassword.toString()), digest(encodedPassword));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
