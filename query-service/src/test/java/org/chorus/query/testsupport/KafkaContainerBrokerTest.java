package org.chorus.query.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KafkaContainerBrokerTest {

    @Test
    void aBrokerPropertyReachesTheImageAsTheVariableItReadsBack() {
        assertThat(KafkaContainerBroker.environmentVariable("auto.create.topics.enable"))
                .isEqualTo("KAFKA_AUTO_CREATE_TOPICS_ENABLE");
        assertThat(KafkaContainerBroker.environmentVariable("log.cleaner.min-compaction_lag.ms"))
                .isEqualTo("KAFKA_LOG_CLEANER_MIN__COMPACTION___LAG_MS");
    }
}
