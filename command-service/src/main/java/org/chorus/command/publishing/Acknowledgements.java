package org.chorus.command.publishing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/** Waits until the broker acknowledged every send (acks=all), or fails with the reason given. */
final class Acknowledgements {
    private static final long WAIT_MINUTES = 2;

    private Acknowledgements() {
    }

    static void await(KafkaTemplate<String, byte[]> kafka, List<CompletableFuture<SendResult<String, byte[]>>> sends,
                      String failure) {
        kafka.flush();
        for (CompletableFuture<SendResult<String, byte[]>> send : sends) {
            try {
                send.get(WAIT_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException(failure, e);
            }
        }
    }
}
