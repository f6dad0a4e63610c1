package org.chorus.query.mongo;

import com.mongodb.MongoClientSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.conversions.Bson;

/**
 * Applies an update, as the projections write them, to a document in memory, leaving the document given unchanged:
 * {@code $set}, {@code $unset}, {@code $push} and {@code $addToSet} of one value, each on a top-level field, and
 * {@code $inc} of a number, on a top-level field or a path into embedded documents. Any other operator, or a dotted
 * path elsewhere, is refused rather than guessed at: the buffer must store what the server would have.
 */
final class DocumentUpdate {
    private static final DocumentCodec DOCUMENTS = new DocumentCodec(MongoClientSettings.getDefaultCodecRegistry());

    private DocumentUpdate() {
    }

    static Document applied(Document current, Bson change) {
        Document next = new Document(current);
        BsonDocument update = change.toBsonDocument(Document.class, MongoClientSettings.getDefaultCodecRegistry());
        for (Map.Entry<String, BsonValue> operator : update.entrySet()) {
            Document fields = decode(operator.getValue().asDocument());
            if (!operator.getKey().equals("$inc")) {
                fields.keySet().forEach(DocumentUpdate::topLevel);
            }
            switch (operator.getKey()) {
                case "$set" -> next.putAll(fields);
                case "$unset" -> fields.keySet().forEach(next::remove);
                case "$push" -> fields.forEach((field, value) -> next.put(field, added(next.get(field), field, value,
                        true)));
                case "$addToSet" -> fields.forEach((field, value) -> next.put(field, added(next.get(field), field,
                        value, false)));
                case "$inc" -> fields.forEach((path, value) -> incremented(next, path, value));
                default -> throw new IllegalArgumentException("update operator " + operator.getKey()
                        + " is not applied in memory");
            }
        }
        return next;
    }

    private static List<Object> added(Object list, String field, Object value, boolean again) {
        if (value instanceof Document each && each.keySet().stream().anyMatch(key -> key.startsWith("$"))) {
            throw new IllegalArgumentException("modifiers on " + field + " are not applied in memory");
        }
        List<Object> added = new ArrayList<>();
        if (list instanceof List<?> items) {
            added.addAll(items);
        } else if (list != null) {
            throw new IllegalArgumentException("an array operator on " + field + ", which is not an array");
        }
        // the server compares embedded documents field by field, in order, as Document.equals does
        if (again || !added.contains(value)) {
            added.add(value);
        }
        return added;
    }

    // each embedded document on the way copied, so the document given stays as it was
    private static void incremented(Document next, String path, Object by) {
        String[] steps = path.split("\\.");
        Document at = next;
        for (int i = 0; i < steps.length - 1; i++) {
            Object inner = at.get(steps[i]);
            if (inner != null && !(inner instanceof Document)) {
                throw new IllegalArgumentException("$inc of " + path + ", through a value that is not a document");
            }
            Document copy = inner == null ? new Document() : new Document((Document) inner);
            at.put(steps[i], copy);
            at = copy;
        }
        String field = steps[steps.length - 1];
        at.put(field, sum(at.get(field), by, path));
    }

    // as the server: int and int stay int, a long on either side gives a long; other numbers are not expected
    private static Number sum(Object current, Object by, String path) {
        if (current != null && !(current instanceof Integer || current instanceof Long)
                || !(by instanceof Integer || by instanceof Long)) {
            throw new IllegalArgumentException("$inc of " + path + " with other than whole numbers");
        }
        Number was = current == null ? 0 : (Number) current;
        if (was instanceof Integer a && by instanceof Integer b) {
            return Math.addExact(a, b);
        }
        return Math.addExact(was.longValue(), ((Number) by).longValue());
    }

    private static void topLevel(String field) {
        if (field.contains(".")) {
            throw new IllegalArgumentException("update of the nested path " + field + " is not applied in memory");
        }
    }

    private static Document decode(BsonDocument fields) {
        return DOCUMENTS.decode(new BsonDocumentReader(fields), DecoderContext.builder().build());
    }
}
