package org.chorus.command.session;

import java.util.Optional;
import java.util.UUID;
import org.chorus.command.keys.DataKeys;
import org.chorus.command.keys.Erasure;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.springframework.stereotype.Component;

/**
 * Seals what a session participant says and is called under their own key. The key is released to query-service
 * for timelines and replay until the participant asks to be forgotten; then it is destroyed.
 */
@Component
public class ParticipantVault {
    private final DataKeys keys;

    public ParticipantVault(DataKeys keys) {
        this.keys = keys;
    }

    /** Creates the participant's key and seals their name under it. */
    SealedText enrol(UUID participantId, String displayName) {
        String keyId = keys.create(participantId, 0);
        keys.release(keyId);
        return seal(keyId, displayName);
    }

    /** Seals more of the participant's data under the key their name was sealed with. */
    SealedText sealLike(SealedText name, String text) {
        return seal(name.keyId(), text);
    }

    void forget(UUID participantId) {
        keys.destroyAll(participantId, Erasure.PARTICIPANT_ERASURE);
    }

    /** The text, while the participant's key exists. */
    public Optional<String> open(SealedText sealed) {
        return keys.find(sealed.keyId()).map(key -> AesGcm.open(sealed, key));
    }

    private SealedText seal(String keyId, String text) {
        byte[] key = keys.find(keyId).orElseThrow(() -> new IllegalStateException("the key " + keyId + " is gone"));
        return AesGcm.seal(keyId, key, text);
    }
}
