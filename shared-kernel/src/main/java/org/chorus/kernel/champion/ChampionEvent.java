package org.chorus.kernel.champion;

import java.util.UUID;

/** Everything that can happen to a champion. Topic {@code chorus.champion.events}, keyed by champion id. */
public sealed interface ChampionEvent permits ChampionRegisteredEvent {

    UUID championId();
}
