package org.chorus.query.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Plays command-service's key release for a Spring test that imports it: content keys come from {@link #RING}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestKeys {
    /** The key ring every importing context reads; tests seal content with it. */
    public static final KeyRing RING = new KeyRing();

    @Bean
    @Primary
    KeyRing keyRing() {
        return RING;
    }
}
