package org.chorus.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.chorus.query.web.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401, 403 and 429 as problem details, like every other error. */
@Component
class ProblemResponder implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final JsonMapper json;

    ProblemResponder(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"chorus\"");
        write(response, Problem.of(HttpStatus.UNAUTHORIZED, "Missing or invalid credentials."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, Problem.of(HttpStatus.FORBIDDEN, "Your role may not do this."));
    }

    /** The answer to a request over its rate limit; {@code Retry-After} is already set. */
    void tooManyRequests(HttpServletResponse response, String detail) throws IOException {
        write(response, Problem.of(HttpStatus.TOO_MANY_REQUESTS, detail));
    }

    private void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE.toString());
        json.writeValue(response.getOutputStream(), problem);
    }
}
