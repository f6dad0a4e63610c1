package org.chorus.query.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read store. Built by hand (no Spring Data) so that only the driver features mongo-java-server speaks are used. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /** Every {@link CommandListener} bean sees the client's commands (metrics, the fault suite's crash switch). */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${chorus.mongo.uri}") String uri, ObjectProvider<CommandListener> listeners) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri));
        listeners.orderedStream().forEach(settings::addCommandListener);
        return MongoClients.create(settings.build());
    }

    @Bean
    ActiveDatabase activeDatabase(MongoClient client, @Value("${chorus.mongo.database}") String database,
            @Value("${chorus.mongo.sharded-collections:}") List<String> sharded) {
        return new ActiveDatabase(client, database, new HashedSharding(client, sharded));
    }

    /** The active read-model database, resolved on every call so that a rebuild's switch needs no restart. */
    @Bean
    MongoDatabase mongoDatabase(ActiveDatabase active) {
        return active.proxy();
    }
}
