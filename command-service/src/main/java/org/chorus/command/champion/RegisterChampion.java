package org.chorus.command.champion;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chorus.kernel.code.PlaceCode;

/** Register a community champion with the login they sign in with. */
public record RegisterChampion(@TargetAggregateIdentifier UUID championId, String displayName, String organisation,
                               List<PlaceCode> places, List<String> languages, String login, String registeredBy) {
}
