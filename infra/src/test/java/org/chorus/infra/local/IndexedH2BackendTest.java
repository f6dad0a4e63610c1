package org.chorus.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local wire server's H2 backend with index keys compared once serialised: the same answers as the library's, on
 * the same file, in both directions.
 */
class IndexedH2BackendTest {
  private static final int DOCUMENTS = 2_000;

  @TempDir
  Path folder;

  @Test
  void keysCompareAsTheLibrarysTypeComparesThem() {
    Random random = new Random(5);
    IndexedH2Backend.SerialisedOnce once = new IndexedH2Backend.SerialisedOnce();
    ObjectDataType plain = new ObjectDataType();
    List<Object> values = List.of("a", "b", "story-1", 1, 2L, 3.5, new Document("x", 1), "");
    // the same key objects come back as the sought key and as stored ones, as they do in the B-tree
    List<KeyValue> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      keys.add(new KeyValue(values.get(random.nextInt(values.size())), values.get(random.nextInt(values.size()))));
    }
    for (int i = 0; i < 5_000; i++) {
      KeyValue a = keys.get(random.nextInt(keys.size()));
      KeyValue b = random.nextInt(4) == 0 ? new KeyValue(values.get(random.nextInt(values.size())), "fresh")
          : keys.get(random.nextInt(keys.size()));
      assertThat(Integer.signum(once.compare(a, b))).as("%s vs %s", a, b)
          .isEqualTo(Integer.signum(plain.compare(a, b)));
      assertThat(once.compare(a, a)).isZero();
    }
  }

  @Test
  void aFileWrittenByEitherBackendIsReadTheSameByTheOther() {
    Path file = folder.resolve("chorus.mv");
    List<Document> written = withServer(new H2Backend(file.toString()), this::fill);

    List<Document> readByIndexed = withServer(new IndexedH2Backend(file.toString()), this::readAndChange);
    List<Document> readByPlain = withServer(new H2Backend(file.toString()), collection -> all(collection));

    assertThat(readByIndexed).isEqualTo(written);
    assertThat(readByPlain).hasSize(DOCUMENTS + 1)
        .contains(new Document("_id", "story-new").append("lastSequence", 0L));
    assertThat(readByPlain.stream().filter(d -> d.getString("_id").equals("story-7")).findFirst().orElseThrow())
        .containsEntry("lastSequence", 2L);
  }

  @Test
  void uniqueIndexesStillRefuseDuplicatesAndAnswerConditionalWrites() {
    withServer(new IndexedH2Backend(folder.resolve("fresh.mv").toString()), collection -> {
      fill(collection);
      assertThatThrownBy(() -> collection.insertOne(new Document("_id", "story-3")))
          .isInstanceOf(MongoWriteException.class);
      assertThat(collection.updateOne(new Document("_id", "story-3").append("lastSequence", 0L),
          Updates.set("lastSequence", 1L)).getMatchedCount()).isZero();
      assertThat(collection.updateOne(new Document("_id", "story-3").append("lastSequence", 1L),
          Updates.set("lastSequence", 2L)).getMatchedCount()).isEqualTo(1);
      assertThat(collection.find(Filters.in("_id", "story-3", "story-1999", "none")).into(new ArrayList<>()))
          .extracting(d -> d.getString("_id")).containsExactlyInAnyOrder("story-3", "story-1999");
      return null;
    });
  }

  @Test
  void everyUniqueIndexMapUsesTheKeyType() {
    IndexedH2Backend backend = new IndexedH2Backend(folder.resolve("types.mv").toString());
    withServer(backend, collection -> {
      fill(collection);
      List<String> indexMaps = backend.getMvStore().getMapNames().stream().filter(name -> name.contains("._index_"))
          .toList();
      assertThat(indexMaps).contains("chorus.stories._index__id_", "chorus.stories._index__id_lastSequence");
      indexMaps.forEach(name -> assertThat(backend.getMvStore().openMap(name).getKeyType()).as(name)
          .isInstanceOf(IndexedH2Backend.SerialisedOnce.class));
      return null;
    });
  }

  private List<Document> fill(MongoCollection<Document> collection) {
    collection.createIndex(Indexes.ascending("_id", "lastSequence"),
        new IndexOptions().unique(true).name("_id_lastSequence"));
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      documents.add(new Document("_id", "story-" + i).append("lastSequence", 1L));
    }
    collection.insertMany(documents);
    return all(collection);
  }

  private List<Document> readAndChange(MongoCollection<Document> collection) {
    List<Document> before = all(collection);
    for (int i = 0; i < DOCUMENTS; i += 97) {
      assertThat(collection.find(Filters.eq("_id", "story-" + i)).first()).as("story-%s", i).isNotNull();
    }
    collection.updateOne(new Document("_id", "story-7").append("lastSequence", 1L), Updates.set("lastSequence", 2L));
    collection.insertOne(new Document("_id", "story-new").append("lastSequence", 0L));
    return before;
  }

  private static List<Document> all(MongoCollection<Document> collection) {
    return collection.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
  }

  private static <T> T withServer(H2Backend backend, Function<MongoCollection<Document>, T> work) {
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    try (MongoClient client = MongoClients.create(server.getConnectionString())) {
      return work.apply(client.getDatabase("chorus").getCollection("stories"));
    } finally {
      server.shutdown();
      backend.close();
    }
  }
}
