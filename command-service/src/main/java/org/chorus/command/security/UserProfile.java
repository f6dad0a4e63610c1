package org.chorus.command.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dev user of the embedded default: roles, organisation, places and an optional password override. */
record UserProfile(List<String> roles, String organisation, List<String> places, @Nullable String password) {
    UserProfile {
        roles = roles == null ? List.of() : List.copyOf(roles);
        places = places == null ? List.of() : List.copyOf(places);
    }
}
