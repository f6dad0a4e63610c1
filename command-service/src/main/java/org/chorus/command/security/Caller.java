package org.chorus.command.security;

import java.util.Set;

/**
 * The signed-in user making a request: their login (subject), organisation and places come from the login,
 * never from a request body.
 */
public record Caller(String login, String organisation, Set<String> places, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
