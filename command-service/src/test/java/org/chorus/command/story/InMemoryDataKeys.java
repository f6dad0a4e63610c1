package org.chorus.command.story;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chorus.command.keys.DataKeys;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.story.StoryId;

/** Data keys in memory, for aggregate tests that run without a database. */
class InMemoryDataKeys implements DataKeys {
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private final Set<String> released = ConcurrentHashMap.newKeySet();
    private int next;

    @Override
    public synchronized String create(StoryId storyId, int contentVersion) {
        String keyId = storyId + ":v" + contentVersion + ":" + next++;
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
    public void destroy(String keyId) {
        keys.remove(keyId);
        released.remove(keyId);
    }

    @Override
    public void destroyAll(StoryId storyId) {
        for (String keyId : new HashSet<>(keys.keySet())) {
            if (keyId.startsWith(storyId + ":")) {
                destroy(keyId);
            }
        }
    }

    boolean isReleased(String keyId) {
        return released.contains(keyId);
    }

    int keysOf(StoryId storyId) {
        return (int) keys.keySet().stream().filter(k -> k.startsWith(storyId + ":")).count();
    }
}
