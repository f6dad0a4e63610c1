package org.chorus.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class TokensTest {

  @Test
  void aTokenIsSignedByTheKeyWrittenForTheServicesAndCarriesTheUsersClaims(@TempDir Path dir) throws Exception {
    Tokens tokens = Tokens.generate();
    Path pem = tokens.writePublicKey(dir.resolve("keys").resolve("jwt-public.pem"));
    String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));

    String token = tokens.bearer("champion");
    String[] parts = token.split("\\.");
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initVerify(key);
    signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(signature.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

    JsonNode header = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
    JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertThat(header.get("alg").asString()).isEqualTo("RS256");
    assertThat(claims.get("sub").asString()).isEqualTo("champion");
    assertThat(claims.get("roles").get(0).asString()).isEqualTo("CHAMPION");
    assertThat(claims.get("places").toString()).isEqualTo("[\"LEWISHAM\",\"SOUTHWARK\"]");
    assertThat(claims.get("exp").asLong()).isGreaterThan(claims.get("iat").asLong());
    assertThat(tokens.bearer("champion")).isEqualTo(token);
  }

  @Test
  void onlyTheBenchUsersGetTokens() throws Exception {
    assertThatThrownBy(() -> Tokens.generate().bearer("nobody")).isInstanceOf(IllegalArgumentException.class);
  }
}
