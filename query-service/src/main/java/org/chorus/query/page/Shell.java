package org.chorus.query.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the layout shows around every page: who is signed in (null on the sign-in and error pages before sign-in)
 * and the nav links to the pages they may open.
 */
public record Shell(@Nullable String user, List<Link> links) {

    /** One nav link; {@code current} marks the page being shown with {@code aria-current="page"}. */
    public record Link(String href, String label, boolean current) {
    }

    public boolean signedIn() {
        return user != null;
    }
}
