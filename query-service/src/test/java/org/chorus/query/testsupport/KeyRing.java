package org.chorus.query.testsupport;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryContent;
import org.chorus.query.keys.ContentKeys;

/** Plays command-service's key store: seals published content and releases or destroys its keys. */
public final class KeyRing implements ContentKeys {
    private final Map<String, byte[]> released = new ConcurrentHashMap<>();

    public SealedText seal(String keyId, String title, String narrative) {
        byte[] key = AesGcm.newKey();
        released.put(keyId, key);
        return AesGcm.seal(keyId, key, KernelJson.mapper().writeValueAsString(new StoryContent(title, narrative)));
    }

    /** Seals text under the named key, creating it on first use: one key per session participant. */
    public SealedText sealWith(String keyId, String plaintext) {
        return AesGcm.seal(keyId, released.computeIfAbsent(keyId, id -> AesGcm.newKey()), plaintext);
    }

    public void destroy(String keyId) {
        released.remove(keyId);
    }

    public Map<String, byte[]> released() {
        return released;
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return Optional.ofNullable(released.get(keyId));
    }
}
