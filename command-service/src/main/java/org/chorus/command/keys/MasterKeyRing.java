package org.chorus.command.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current master key, which wraps every new or re-wrapped data key, and the previous ones, kept only to open
 * rows not yet re-wrapped. Each key is known by its id, a fingerprint (the first 8 bytes of SHA-256 over a fixed
 * label and the key) that names the key in the store without revealing it.
 */
final class MasterKeyRing {
    private final String currentId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    MasterKeyRing(byte[] current, List<byte[]> previous) {
        this.currentId = idOf(current);
        keys.put(currentId, current);
        previous.forEach(key -> keys.putIfAbsent(idOf(key), key));
    }

    String currentId() {
        return currentId;
    }

    byte[] current() {
        return keys.get(currentId);
    }

    /** The master key with this id; fails, naming the id and the settings, when it is not configured. */
    byte[] byId(String id) {
        byte[] key = keys.get(id);
        if (key == null) {
            throw new UnknownMasterKey(id);
        }
        return key;
    }

    static String idOf(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("chorus-keystore-master".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(key), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A data key is wrapped under a master key this service was not given. */
    static final class UnknownMasterKey extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnknownMasterKey(String id) {
            super("a data key is wrapped under master key " + id + ", which is neither chorus.keystore.master-key"
                    + " nor one of chorus.keystore.previous-master-keys; configure it to read those keys");
        }
    }
}
