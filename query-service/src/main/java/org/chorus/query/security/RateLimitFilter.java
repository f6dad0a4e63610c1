package org.chorus.query.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.chorus.query.web.Problem;
import org.chorus.web.security.RateLimits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each request against its signed-in user, or against its client address when nobody is signed in, and
 * answers {@code 429} with {@code Retry-After} once the bucket is empty. Health probes are not counted.
 */
final class RateLimitFilter extends OncePerRequestFilter {
    private final RateLimits limits;
    private final ProblemResponder problems;

    RateLimitFilter(RateLimits limits, ProblemResponder problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        OptionalLong wait = signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)
                ? limits.user(signedIn.getName()) : limits.address(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            problems.write(response, Problem.of(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests: try again in " + wait.getAsLong() + " seconds."));
            return;
        }
        chain.doFilter(request, response);
    }
}
