package org.chorus.query.keys;

import java.util.Collection;

/**
 * Asks command-service once for every key a batch of records may need, so that applying the batch asks it no more
 * for those keys: until the returned scope is closed, {@link ContentKeys#find} answers them on the calling thread from
 * that one answer. Only the records of the batch look keys up through it, and it is closed when the batch is applied:
 * a key destroyed before one of those records was published (its erasure event is then in the batch, or before it) is
 * already not released when the batch is asked for, and no answer outlives its batch.
 */
@FunctionalInterface
public interface KeyPrefetch {

    /**
     * Fetches the keys; when command-service cannot answer the batch, the scope is empty and each key is then fetched
     * on its own, failing as it would have without the prefetch.
     */
    Scope prefetch(Collection<String> keyIds);

    /** The prefetched keys, answered until closed. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
