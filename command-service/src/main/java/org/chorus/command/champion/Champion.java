package org.chorus.command.champion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.chorus.kernel.champion.ChampionRegisteredEvent;

/** A community champion. Registration is all that happens to one so far; enrolment lives with the campaign. */
@Aggregate
@SuppressWarnings("NullAway.Init")
class Champion {
    @AggregateIdentifier
    private UUID championId;

    protected Champion() {
    }

    @CommandHandler
    Champion(RegisterChampion command) {
        apply(new ChampionRegisteredEvent(command.championId(), command.displayName(), command.organisation(),
                command.places(), command.languages(), command.login(), command.registeredBy()));
    }

    @EventSourcingHandler
    void on(ChampionRegisteredEvent event) {
        championId = event.championId();
    }
}
