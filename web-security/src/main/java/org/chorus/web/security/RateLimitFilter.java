package org.chorus.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each request against its signed-in user, or against its client address when nobody is signed in, and
 * answers {@code 429} with {@code Retry-After} once the bucket is empty. Health probes are not counted. Each service
 * writes the {@code 429} problem details in its own way, through a {@link TooManyRequests}.
 */
public final class RateLimitFilter extends OncePerRequestFilter {
    private final RateLimits limits;
    private final TooManyRequests refusal;

    public RateLimitFilter(RateLimits limits, TooManyRequests refusal) {
        this.limits = limits;
        this.refusal = refusal;
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
            refusal.write(response, "Too many requests: try again in " + wait.getAsLong() + " seconds.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Writes a refused request's {@code 429 Too Many Requests} problem details with the given detail. */
    @FunctionalInterface
    public interface TooManyRequests {
        void write(HttpServletResponse response, String detail) throws IOException;
    }
}
