package org.chorus.command.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * When a champion sends the story form with a token that has expired (session timed out, server restarted), keep
 * what they typed in a fresh session and bring the form back filled in, after signing in again if needed.
 * A post that carries no token at all is still refused with 403.
 */
@Component
public class ExpiredFormHandler implements AccessDeniedHandler {
    /** Session attribute holding the typed fields of an expired story form. */
    public static final String STORY_DRAFT = "chorus.storyDraft";
    static final String STORY_FORM = "/stories/new";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        boolean expiredStoryForm = denied instanceof CsrfException && "POST".equals(request.getMethod())
                && STORY_FORM.equals(request.getRequestURI().substring(request.getContextPath().length())) && request.getParameter("_csrf") != null;
        if (!expiredStoryForm) {
            otherwise.handle(request, response, denied);
            return;
        }
        Map<String, String[]> draft = new LinkedHashMap<>(request.getParameterMap());
        draft.remove("_csrf");
        request.getSession(true).setAttribute(STORY_DRAFT, draft);
        response.sendRedirect(request.getContextPath() + STORY_FORM + "?expired");
    }
}
