package org.chorus.infra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for the bench's users, as production sign-in sends them: RS256 JWTs with the claims both services
 * read ({@code sub}, {@code roles}, {@code organisation}, {@code places}), signed by a key pair made for the run whose
 * public half the services are given ({@code chorus.auth.public-key-location}). A token carries everything the
 * services know of its user, so the bench's users are its own cast: nothing on the services' side looks them up, and
 * they need not match the local profile's dev users.
 */
final class Tokens {

  /** A bench user and the claims its token carries. */
  record User(String login, String role, String organisation, List<String> places) {
  }

  static final List<String> ALL_PLACES = List.of("BEXLEY", "BROMLEY", "GREENWICH", "LAMBETH", "LEWISHAM", "SOUTHWARK");
  static final Map<String, User> USERS = Map.of(
      "champion", new User("champion", "CHAMPION", "Lewisham Community Champions", List.of("LEWISHAM", "SOUTHWARK")),
      "moderator", new User("moderator", "MODERATOR", "South East London VCSE Alliance", ALL_PLACES),
      "facilitator", new User("facilitator", "FACILITATOR", "South East London ICB", List.of()),
      "analyst", new User("analyst", "ANALYST", "South East London ICB", List.of()),
      "admin", new User("admin", "ADMIN", "Chorus operations", List.of()));

  private final KeyPair keys;
  private final Map<String, String> issued = new ConcurrentHashMap<>();

  private Tokens(KeyPair keys) {
    this.keys = keys;
  }

  static Tokens generate() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return new Tokens(generator.generateKeyPair());
  }

  /** Writes the public key as PEM for the services to check tokens against. */
  Path writePublicKey(Path file) throws IOException {
    Base64.Encoder lines = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    String pem = "-----BEGIN PUBLIC KEY-----\n" + lines.encodeToString(keys.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
    Files.createDirectories(file.getParent());
    return Files.writeString(file, pem, StandardCharsets.US_ASCII);
  }

  /** A token for {@code login}, valid for a day; the same one every time. */
  String bearer(String login) {
    return issued.computeIfAbsent(login, this::sign);
  }

  private String sign(String login) {
    User user = USERS.get(login);
    if (user == null) {
      throw new IllegalArgumentException("no bench user " + login);
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", user.login());
    claims.put("roles", List.of(user.role()));
    claims.put("organisation", user.organisation());
    claims.put("places", user.places());
    long now = Instant.now().getEpochSecond();
    claims.put("iat", now);
    claims.put("exp", now + 86_400);
    String unsigned = part(Map.of("alg", "RS256", "typ", "JWT")) + "." + part(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(keys.getPrivate());
      signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
      return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
  }

  private static String part(Map<String, Object> json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Api.JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
  }
}
