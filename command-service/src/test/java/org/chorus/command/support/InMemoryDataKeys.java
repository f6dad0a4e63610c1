package org.chorus.command.support;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.chorus.command.keys.DataKeys;
import org.chorus.command.keys.Erasure;
import org.chorus.kernel.crypto.AesGcm;

/** Data keys in memory, for aggregate tests that run without a database. */
public class InMemoryDataKeys implements DataKeys {
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private final Set<String> released = ConcurrentHashMap.newKeySet();
    private int next;

    @Override
    public synchronized String create(UUID owner, int version) {
        String keyId = owner + ":v" + version + ":" + next++;
        keys.put(keyId, AesGcm.newKey());
        return keyId;
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public Optional<byte[]> findReleased(String keyId) {
        return released.contains(keyId) ? find(keyId) : Optional.empty();
    }

    @Override
    public void release(String keyId) {
        released.add(keyId);
    }

    @Override
    public void withhold(String keyId) {
        released.remove(keyId);
    }

    @Override
    public void destroy(String keyId, Erasure reason) {
        keys.remove(keyId);
        released.remove(keyId);
    }

    @Override
    public void destroyAll(UUID owner, Erasure reason) {
        for (String keyId : new HashSet<>(keys.keySet())) {
            if (keyId.startsWith(owner + ":")) {
                destroy(keyId, reason);
            }
        }
    }

    public boolean isReleased(String keyId) {
        return released.contains(keyId);
    }

    public int keysOf(Object owner) {
        return (int) keys.keySet().stream().filter(k -> k.startsWith(owner + ":")).count();
    }
}
