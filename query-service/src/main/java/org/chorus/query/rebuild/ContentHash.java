package org.chorus.query.rebuild;

import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * SHA-256 over every read-model collection of a database (by name; empty ones, {@link Bookkeeping} and documents that
 * say nothing left out),
 * each document in {@code _id} order in a canonical form: fields sorted by name at every depth, written as extended
 * JSON so that an int and a long, or a date and a number, differ.
 */
final class ContentHash {
    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private ContentHash() {
    }

    static ReadModelDigest of(MongoDatabase database) {
        MessageDigest sha = sha256();
        Map<String, Long> documents = new LinkedHashMap<>();
        List<String> names = database.listCollectionNames().into(new ArrayList<>());
        names.stream().filter(Bookkeeping::hashed).sorted().forEach(name -> {
            long count = hash(database.getCollection(name), name, line -> {
                if (!documents.containsKey(name)) {
                    update(sha, "\u0000collection " + name + "\n");
                    documents.put(name, 0L);
                }
                update(sha, line + "\n");
            });
            if (count > 0) {
                documents.put(name, count);
            }
        });
        return new ReadModelDigest(database.getName(), HexFormat.of().formatHex(sha.digest()), documents);
    }

    private static long hash(MongoCollection<Document> collection, String name, Consumer<String> lines) {
        Set<String> leftOut = Bookkeeping.leftOut(name);
        Set<String> sets = Bookkeeping.sets(name);
        if (leftOut.contains("_id")) {
            List<String> all = new ArrayList<>();
            collection.find().forEach(document -> {
                if (!Bookkeeping.saysNothing(name, document)) {
                    all.add(canonical(document, leftOut, sets));
                }
            });
            all.sort(null);
            all.forEach(lines);
            return all.size();
        }
        long count = 0;
        for (Document document : collection.find().sort(ascending("_id"))) {
            if (!Bookkeeping.saysNothing(name, document)) {
                lines.accept(canonical(document, leftOut, sets));
                count++;
            }
        }
        return count;
    }

    /** The document's canonical line, without the fields left out and with the top-level sets sorted. */
    private static String canonical(Document document, Set<String> leftOut, Set<String> sets) {
        Document kept = (Document) sorted(document);
        leftOut.forEach(kept::remove);
        for (String set : sets) {
            if (kept.get(set) instanceof List<?> members) {
                kept.put(set, members.stream().sorted(Comparator.comparing(ContentHash::json)).toList());
            }
        }
        return kept.toJson(JSON);
    }

    private static String json(Object value) {
        return new Document("v", value).toJson(JSON);
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> fields = new TreeMap<>();
            map.forEach((key, field) -> fields.put((String) key, field == null ? null : sorted(field)));
            return new Document(fields);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> item == null ? null : sorted(item)).toList();
        }
        return value;
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
