package org.chorus.command.keys;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key store lives and the master keys that wrap its data keys: {@code masterKey} (or the file) wraps every
 * key; {@code previousMasterKeys} (base64) only open keys still wrapped under them, until the start-up re-wrap moves
 * them to the current one.
 */
@ConfigurationProperties("chorus.keystore")
record KeyStoreProperties(String url, String username, String password, String schema,
                          @Nullable String masterKey, String masterKeyFile, @Nullable List<String> previousMasterKeys) {

    List<String> previousMasterKeysOrNone() {
        return previousMasterKeys == null ? List.of() : previousMasterKeys;
    }
}
