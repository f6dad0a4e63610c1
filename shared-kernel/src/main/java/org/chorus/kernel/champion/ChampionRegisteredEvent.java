package org.chorus.kernel.champion;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.chorus.kernel.code.PlaceCode;

/**
 * An operator registered a community champion: their display name and organisation (shown on campaign progress),
 * the places and languages they work in, and the login (subject) they sign in with.
 */
@Revision("1")
public record ChampionRegisteredEvent(
        UUID championId,
        String displayName,
        String organisation,
        List<PlaceCode> places,
        List<String> languages,
        String login,
        String registeredBy) implements ChampionEvent {
}
