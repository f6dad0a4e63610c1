package org.chorus.command.story.page;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page header shows for the signed-in user. */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    public record Nav(boolean signedIn, boolean champion, boolean moderator, boolean facilitator) {
    }

    @ModelAttribute("nav")
    Nav nav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName());
        return new Nav(signedIn, signedIn && has(auth, "ROLE_CHAMPION"), signedIn && has(auth, "ROLE_MODERATOR"),
                signedIn && has(auth, "ROLE_FACILITATOR"));
    }

    private static boolean has(Authentication auth, String authority) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
