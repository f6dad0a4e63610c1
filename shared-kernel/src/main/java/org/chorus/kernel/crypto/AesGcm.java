package org.chorus.kernel.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing of text under a data key. The key id is bound as associated data, so a ciphertext
 * cannot be opened under another key's name.
 */
public final class AesGcm {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    /** A fresh random 256-bit key. */
    public static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    public static SealedText seal(String keyId, byte[] key, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keyId, key, nonce, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return new SealedText(keyId, Base64.getEncoder().encodeToString(out));
    }

    /** Opens a sealed text; fails if the key is not the one it was sealed under or the text was altered. */
    public static String open(SealedText sealed, byte[] key) {
        byte[] in = Base64.getDecoder().decode(sealed.ciphertext());
        byte[] nonce = Arrays.copyOfRange(in, 0, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(in, NONCE_BYTES, in.length);
        return new String(crypt(Cipher.DECRYPT_MODE, sealed.keyId(), key, nonce, body), StandardCharsets.UTF_8);
    }

    private static byte[] crypt(int mode, String keyId, byte[] key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new SealedTextException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " text under key " + keyId, e);
        }
    }
}
