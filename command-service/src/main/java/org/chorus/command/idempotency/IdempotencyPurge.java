package org.chorus.command.idempotency;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes expired idempotency keys on a schedule ({@code chorus.idempotency.purge-every}). */
@Component
class IdempotencyPurge {
    private final IdempotentCommands commands;

    IdempotencyPurge(IdempotentCommands commands) {
        this.commands = commands;
    }

    @Scheduled(initialDelayString = "${chorus.idempotency.purge-every:PT1H}",
            fixedDelayString = "${chorus.idempotency.purge-every:PT1H}")
    void purge() {
        commands.purgeExpired();
    }
}
