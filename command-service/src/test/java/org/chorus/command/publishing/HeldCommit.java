package org.chorus.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chorus.command.champion.RegisterChampion;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.event.Topics;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A slow commit: a champion registration whose database transaction is held open (its event row already inserted,
 * so its global index taken) while other registrations commit around it and reach Kafka, then commits once the
 * hold is over; one more registration commits after it.
 */
final class HeldCommit {
    private final CommandGateway commands;
    private final TransactionTemplate transactions;

    HeldCommit(CommandGateway commands, PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What was registered: the held champion, those committed while it was held, and the one committed after. */
    record Outcome(String held, List<String> around, String after) {
    }

    Outcome run(Duration hold, int around) throws Exception {
        String held = UUID.randomUUID().toString();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> transactions.executeWithoutResult(tx -> {
                commands.sendAndWait(registration(held));
                inserted.countDown();
                awaitQuietly(release);
            }));
            assertThat(inserted.await(30, TimeUnit.SECONDS)).as("the held command ran").isTrue();
            long heldSince = System.nanoTime();
            List<String> others = new ArrayList<>();
            for (int i = 0; i < around; i++) {
                others.add(register());
            }
            assertThat(TopicReader.records(Topics.CHAMPION_EVENTS, others, Duration.ofSeconds(30)))
                    .as("the commands committed around the held one reached Kafka").hasSizeGreaterThanOrEqualTo(around);
            long left = hold.toNanos() - (System.nanoTime() - heldSince);
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
            String late = register();
            others.add(late);
            assertThat(TopicReader.records(Topics.CHAMPION_EVENTS, List.of(late), Duration.ofSeconds(30))).isNotEmpty();
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
            String after = register();
            assertThat(TopicReader.records(Topics.CHAMPION_EVENTS, List.of(after), Duration.ofSeconds(30)))
                    .as("a command committed after the held one reached Kafka").isNotEmpty();
            return new Outcome(held, others, after);
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
    }

    private String register() {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(registration(id));
        return id;
    }

    private static RegisterChampion registration(String id) {
        return new RegisterChampion(UUID.fromString(id), "Champion " + id.substring(0, 8), "Test Forum",
                List.of(new PlaceCode("LEWISHAM")), List.of("en"), "login-" + id, "admin");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
