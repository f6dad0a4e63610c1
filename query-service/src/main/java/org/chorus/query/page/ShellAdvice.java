package org.chorus.query.page;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the {@link Shell} in every page's model, so the layout's nav shows only what the caller may open, and
 * {@link Days} to write dates with.
 */
@ControllerAdvice
class ShellAdvice {
    private static final Days DAYS = new Days();

    @ModelAttribute("days")
    Days days() {
        return DAYS;
    }

    @ModelAttribute("shell")
    Shell shell(@Nullable Principal caller, HttpServletRequest request) {
        if (!(caller instanceof Authentication signedIn)) {
            return new Shell(null, List.of());
        }
        List<String> authorities = Callers.authorities(signedIn);
        String here = request.getRequestURI().substring(request.getContextPath().length());
        List<Shell.Link> links = DashboardPage.visibleTo(authorities).stream()
                .map(page -> new Shell.Link(request.getContextPath() + page.path(), page.label(),
                        here.equals(page.path())))
                .toList();
        return new Shell(signedIn.getName(), links);
    }
}
