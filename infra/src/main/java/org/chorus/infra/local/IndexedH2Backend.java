package org.chorus.infra.local;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The wire server's H2 backend with unique indexes that compare their keys without serialising them on every step.
 * The backend keeps each unique index (every {@code _id}, and the compound ones conditional writes use) in an MVStore
 * map whose keys are the library's {@code KeyValue}s, which are not {@code Comparable}: H2's default key type then
 * compares two keys by Java-serialising both, at every step of every B-tree search. Profiled, that was most of the wire
 * server's time under the projections (docs/benchmarks.md). Here each key is serialised once while it is in use and its
 * bytes compared: the same bytes, so the same order, and the same stored format, so existing files open unchanged.
 */
public final class IndexedH2Backend extends H2Backend {

  public IndexedH2Backend(String fileName) {
    super(fileName);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName, getMvStore(), getCursorRegistry());
  }

  // an inner class: the library's constructor already opens the indexes, before a field of this class could be set
  private final class Database extends H2Database {

    Database(String databaseName, MVStore store, CursorRegistry cursors) {
      super(databaseName, store, cursors);
    }

    // the library opens the map by name; opened here first, with the key type, it finds this one open
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
        boolean sparse) {
      getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
          new MVMap.Builder<KeyValue, Object>().keyType(new SerialisedOnce()));
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
  }

  /**
   * H2's own object type, but two index keys are compared by their serialised bytes, made once per key object instead
   * of at each comparison. A search compares the key it looks for (the first argument) with stored keys (the second):
   * the stored keys' bytes are kept while the keys are in use, the sought key's only for the search it is in.
   */
  static final class SerialisedOnce extends ObjectDataType {
    private static final int KEPT = 100_000;

    private final Map<Identity, byte[]> stored = new ConcurrentHashMap<>();
    // the key of the search under way; searches on other threads each replace it, which costs bytes, never order
    private volatile Sought sought = new Sought(null, new byte[0]);

    @Override
    public int compare(Object a, Object b) {
      if (a instanceof KeyValue && b instanceof KeyValue && a != b) {
        return ObjectDataType.compareNotNull(soughtBytes(a), storedBytes(b));
      }
      return super.compare(a, b);
    }

    private byte[] soughtBytes(Object key) {
      Sought current = sought;
      if (current.key != key) {
        current = new Sought(key, ObjectDataType.serialize(key));
        sought = current;
      }
      return current.bytes;
    }

    private byte[] storedBytes(Object key) {
      Identity identity = new Identity(key);
      byte[] bytes = stored.get(identity);
      if (bytes == null) {
        if (stored.size() >= KEPT) {
          stored.clear();
        }
        bytes = ObjectDataType.serialize(key);
        stored.put(identity, bytes);
      }
      return bytes;
    }

    private record Sought(Object key, byte[] bytes) {
    }

    /** A key object by identity: equal keys of different number types serialise differently. */
    private record Identity(Object key) {
      @Override
      public boolean equals(Object other) {
        return other instanceof Identity identity && identity.key == key;
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(key);
      }
    }
  }
}
