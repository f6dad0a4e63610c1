package org.chorus.query.fault;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The crash switch counts only the writes the server acknowledged, through the real driver and wire server. */
class HaltAfterMongoWritesTest {

    @Test
    void haltsRightAfterTheNthSuccessfulWriteAndNeverOnReads() {
        AtomicInteger halts = new AtomicInteger();
        AtomicInteger writesSeenAtHalt = new AtomicInteger(-1);
        String collection = "halt_" + UUID.randomUUID().toString().replace("-", "");
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(MongoWire.uri()))
                .addCommandListener(new HaltAfterMongoWrites(3, halts::incrementAndGet))
                .build())) {
            MongoCollection<Document> documents = client.getDatabase("fault").getCollection(collection);
            documents.insertOne(new Document("_id", "a").append("n", 1));
            documents.find(eq("_id", "a")).first();
            documents.updateOne(eq("_id", "a"), set("n", 2));
            documents.countDocuments();
            assertThat(halts).as("two writes and two reads").hasValue(0);
            documents.findOneAndUpdate(eq("_id", "a"), set("n", 3));
            writesSeenAtHalt.set(documents.find(eq("_id", "a")).first().getInteger("n"));
            assertThat(halts).as("halted after the third write").hasValue(1);
            documents.deleteOne(eq("_id", "a"));
            assertThat(halts).as("only once").hasValue(1);
        }
        assertThat(writesSeenAtHalt).as("the third write had landed before the halt").hasValue(3);
    }

    @Test
    void springMakesItOnlyWhenTheSwitchIsSet() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withUserConfiguration(HaltAfterMongoWrites.class);
        context.withPropertyValues("chorus.fault.halt-after-mongo-writes=5")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(CommandListener.class));
        context.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(CommandListener.class));
    }
}
