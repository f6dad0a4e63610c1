package org.chorus.command.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.chorus.kernel.crypto.AesGcm;
import org.jspecify.annotations.Nullable;

/**
 * The key-encryption key that wraps every data key at rest. It comes from configuration (the
 * {@code CHORUS_KEYSTORE_MASTER_KEY} variable, base64) or a file outside the repository; the embedded default
 * creates that file in the data folder on first start.
 */
final class MasterKey {
    private MasterKey() {
    }

    static byte[] load(@Nullable String base64, Path file) {
        if (base64 != null && !base64.isBlank()) {
            return decode(base64.trim());
        }
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).trim());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(AesGcm.newKey()));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            return decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key store master key at " + file, e);
        }
    }

    /** A master key given in configuration (base64); previous master keys always are. */
    static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException("the key store master key must be 32 bytes (base64), was " + key.length);
        }
        return key;
    }
}
