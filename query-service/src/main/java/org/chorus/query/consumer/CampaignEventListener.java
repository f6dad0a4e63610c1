package org.chorus.query.consumer;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.chorus.kernel.event.Topics;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.campaign.ChampionProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds champion and campaign events to their projections, each topic on its own consumer in the shared group, so
 * that an event being retried on one holds back neither stories, sessions nor the other topic.
 */
@Component
class CampaignEventListener implements ConsumerSeekAware {
    static final String CAMPAIGNS = "campaign-events";
    static final String CHAMPIONS = "champion-events";
    private static final Logger log = LoggerFactory.getLogger(CampaignEventListener.class);

    private final CampaignProjection campaigns;
    private final ChampionProjection champions;
    private final ConsumerPositions positions;

    CampaignEventListener(CampaignProjection campaigns, ChampionProjection champions, ConsumerPositions positions) {
        this.campaigns = campaigns;
        this.champions = champions;
        this.positions = positions;
    }

    @KafkaListener(id = CAMPAIGNS, topics = Topics.CAMPAIGN_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void onCampaign(ConsumerRecord<String, String> record) {
        CampaignEventRecord event = CampaignEventRecord.from(record);
        boolean applied = campaigns.apply(event.event(), event.sequence());
        log.debug("campaign {} event {} {}", event.event().campaignId(), event.sequence(), applied ? "applied" : "skipped");
        positions.applied(record.topic(), record.partition(), record.offset());
    }

    @KafkaListener(id = CHAMPIONS, topics = Topics.CHAMPION_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void onChampion(ConsumerRecord<String, String> record) {
        ChampionEventRecord event = ChampionEventRecord.from(record);
        boolean applied = champions.apply(event.event(), event.sequence());
        log.debug("champion {} event {} {}", event.event().championId(), event.sequence(), applied ? "applied" : "skipped");
        positions.applied(record.topic(), record.partition(), record.offset());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        positions.seek(assignments.keySet(), callback);
    }
}
