package org.chorus.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.kernel.champion.ChampionEvent;

/** A champion event as command-service publishes it. */
record ChampionEventRecord(ChampionEvent event, long sequence) {

    static ChampionEventRecord from(ConsumerRecord<String, String> record) {
        ChampionEvent event = RecordHeaders.event(record, ChampionEvent.class);
        if (record.key() != null && !record.key().equals(event.championId().toString())) {
            throw new IllegalArgumentException("record key " + record.key() + " is not champion " + event.championId());
        }
        return new ChampionEventRecord(event, RecordHeaders.sequence(record));
    }
}
