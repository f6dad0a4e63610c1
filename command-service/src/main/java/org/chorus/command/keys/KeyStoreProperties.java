package org.chorus.command.keys;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("chorus.keystore")
record KeyStoreProperties(String url, String username, String password, String schema,
                          @Nullable String masterKey, String masterKeyFile) {
}
