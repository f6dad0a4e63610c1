package org.chorus.query.session.replay;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.crypto.SealedTextException;
import org.chorus.query.session.ParticipantKeys;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens participants' sealed words for one reading, while their keys exist and they were not erased. */
final class SessionTexts {
    static final String WITHDRAWN = "withdrawn participant";
    private static final Logger log = LoggerFactory.getLogger(SessionTexts.class);

    private final ParticipantKeys keys;
    private final Set<UUID> erased;
    // one answer per key for the whole reading, so a name cannot show in one place and be withdrawn in another
    private final Map<String, Optional<byte[]>> asked = new HashMap<>();

    SessionTexts(ParticipantKeys keys, Collection<UUID> erased) {
        this.keys = keys;
        this.erased = Set.copyOf(erased);
    }

    String displayName(UUID participantId, SealedText sealed) {
        String name = open(participantId, sealed);
        return name == null ? WITHDRAWN : name;
    }

    @Nullable String open(UUID participantId, @Nullable SealedText sealed) {
        if (sealed == null || erased.contains(participantId)) {
            return null;
        }
        Optional<byte[]> key = asked.computeIfAbsent(sealed.keyId(), this::find);
        if (key.isEmpty()) {
            return null;
        }
        try {
            return AesGcm.open(sealed, key.get());
        } catch (SealedTextException e) {
            log.error("participant {}: text does not open under key {}", participantId, sealed.keyId(), e);
            return null;
        }
    }

    private Optional<byte[]> find(String keyId) {
        try {
            return keys.find(keyId);
        } catch (RuntimeException e) {
            throw new KeysUnavailableException(keyId, e);
        }
    }
}
