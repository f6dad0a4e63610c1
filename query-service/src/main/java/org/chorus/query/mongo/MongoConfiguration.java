package org.chorus.query.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read store. Built by hand (no Spring Data) so that only the driver features mongo-java-server speaks are used. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${chorus.mongo.uri}") String uri) {
        return MongoClients.create(uri);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, @Value("${chorus.mongo.database}") String database) {
        return client.getDatabase(database);
    }
}
