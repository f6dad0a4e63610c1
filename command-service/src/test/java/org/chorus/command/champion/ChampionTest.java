package org.chorus.command.champion;

import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.chorus.kernel.champion.ChampionRegisteredEvent;
import org.chorus.kernel.code.PlaceCode;
import org.junit.jupiter.api.Test;

class ChampionTest {

    @Test
    void registersAChampionWithTheirLogin() {
        UUID id = UUID.randomUUID();
        new AggregateTestFixture<>(Champion.class).givenNoPriorActivity()
                .when(new RegisterChampion(id, "Amina", "Lewisham Community Champions", List.of(new PlaceCode("LEWISHAM")),
                        List.of("so", "en"), "champion", "admin"))
                .expectEvents(new ChampionRegisteredEvent(id, "Amina", "Lewisham Community Champions",
                        List.of(new PlaceCode("LEWISHAM")), List.of("so", "en"), "champion", "admin"));
    }
}
