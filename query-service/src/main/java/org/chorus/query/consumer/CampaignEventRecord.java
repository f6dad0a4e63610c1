package org.chorus.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.chorus.kernel.campaign.CampaignEvent;

/** A campaign event as command-service publishes it. */
record CampaignEventRecord(CampaignEvent event, long sequence) {

    static CampaignEventRecord from(ConsumerRecord<String, String> record) {
        CampaignEvent event = RecordHeaders.event(record, CampaignEvent.class);
        if (record.key() != null && !record.key().equals(event.campaignId().toString())) {
            throw new IllegalArgumentException("record key " + record.key() + " is not campaign " + event.campaignId());
        }
        return new CampaignEventRecord(event, RecordHeaders.sequence(record));
    }
}
