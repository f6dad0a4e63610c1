package org.chorus.query.page;

import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The authorities of whoever asked for a page, as {@link DashboardPage#openTo} takes them. */
public final class Callers {

    private Callers() {
    }

    /** {@code ROLE_ANALYST} and the like; none for a caller who is not signed in. */
    public static List<String> authorities(@Nullable Principal caller) {
        return caller instanceof Authentication signedIn
                ? signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList() : List.of();
    }

    /** Whether counts on a page may link to the stories they count: only for those who may open the feed. */
    public static boolean mayOpenStories(@Nullable Principal caller) {
        return DashboardPage.FEED.openTo(authorities(caller));
    }
}
