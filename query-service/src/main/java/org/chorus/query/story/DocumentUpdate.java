package org.chorus.query.story;

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
 * Applies an update, as the story projection writes them ({@code $set}, {@code $unset}, {@code $push} of one value,
 * each on a top-level field), to a document in memory, leaving the document given unchanged. Any other operator or a
 * dotted path is refused rather than guessed at: the buffer must store what the server would have.
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
            fields.keySet().forEach(DocumentUpdate::topLevel);
            switch (operator.getKey()) {
                case "$set" -> next.putAll(fields);
                case "$unset" -> fields.keySet().forEach(next::remove);
                case "$push" -> fields.forEach((field, value) -> next.put(field, pushed(next.get(field), field, value)));
                default -> throw new IllegalArgumentException("update operator " + operator.getKey()
                        + " is not applied in memory");
            }
        }
        return next;
    }

    private static List<Object> pushed(Object list, String field, Object value) {
        if (value instanceof Document each && each.keySet().stream().anyMatch(key -> key.startsWith("$"))) {
            throw new IllegalArgumentException("$push modifiers on " + field + " are not applied in memory");
        }
        List<Object> pushed = new ArrayList<>();
        if (list instanceof List<?> items) {
            pushed.addAll(items);
        } else if (list != null) {
            throw new IllegalArgumentException("$push to " + field + ", which is not an array");
        }
        pushed.add(value);
        return pushed;
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
