package org.chorus.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServicePropertiesTest {

  private final ServiceProperties command = ServiceProperties.of("command-service");
  private final ServiceProperties query = ServiceProperties.of("query-service");

  @Test
  void readsKeysOfItsApplicationYmlInBothEnvironmentForms() {
    assertThat(ServiceProperties.environmentNames("chorus.keystore.master-key"))
        .containsExactly("CHORUS_KEYSTORE_MASTERKEY", "CHORUS_KEYSTORE_MASTER_KEY");
    assertThat(command.reads("CHORUS_KEYSTORE_URL")).isTrue();
    assertThat(query.reads("CHORUS_MONGO_URI")).isTrue();
  }

  @Test
  void readsPropertiesRecordComponentsAndPlaceholders() {
    assertThat(command.reads("CHORUS_KEYSTORE_MASTER_KEY")).isTrue();
    assertThat(query.reads("CHORUS_AUTH_ISSUER_URI")).isTrue();
    assertThat(command.reads("CHORUS_PUBLIC_URL")).isTrue();
    assertThat(query.reads("CHORUS_CONSISTENCY_CHECK_EVERY")).isTrue();
  }

  @Test
  void aTypoOrAnotherServicesSettingIsNotRead() {
    assertThat(command.reads("CHORUS_KEYSTORE_ULR")).isFalse();
    assertThat(command.reads("CHORUS_MONGO_URI")).isFalse();
    assertThat(query.reads("CHORUS_KEYSTORE_MASTER_KEY")).isFalse();
    assertThat(query.reads("CHORUS_AUTH_ISSUER")).isFalse();
  }

  @Test
  void takesSpringBootsOwnNamespacesOnTrust() {
    assertThat(query.reads("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_CHORUS_CLIENT_ID")).isTrue();
    assertThat(query.reads("MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_HTTP_SERVER_REQUESTS")).isTrue();
  }
}
