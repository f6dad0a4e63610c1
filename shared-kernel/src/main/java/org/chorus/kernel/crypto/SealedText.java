package org.chorus.kernel.crypto;

/**
 * Personal data as it appears in events: AES-GCM ciphertext under the data key {@code keyId}.
 * Destroying the key erases the data for good.
 *
 * @param keyId      the data key in command-service's key store
 * @param ciphertext base64 of nonce, ciphertext and tag
 */
public record SealedText(String keyId, String ciphertext) {

    @Override
    public String toString() {
        return "SealedText[keyId=" + keyId + "]";
    }
}
