package org.chorus.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter in front of both services' authorisation: refusals carry Retry-After and the service's answer. */
class RateLimitFilterTest {
    private final List<String> refusals = new ArrayList<>();

    @Test
    void switchedOffNothingIsEverRefused() throws Exception {
        RateLimitFilter off = new RateLimitFilter(new RateLimits(new RateLimitSettings(false, 1, 1, 10)),
                (response, detail) -> refusals.add(detail));
        for (int i = 0; i < 20; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            off.doFilter(new MockHttpServletRequest("GET", "/api/v1/my/stories"), response, chain);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(chain.getRequest()).isNotNull();
        }
        assertThat(refusals).isEmpty();
    }

    @Test
    void anAddressOverItsLimitIsRefusedThroughTheServicesAnswerButHealthProbesAreNot() throws Exception {
        RateLimitFilter on = new RateLimitFilter(new RateLimits(new RateLimitSettings(true, 5, 2, 10)),
                (response, detail) -> {
                    response.setStatus(429);
                    refusals.add(detail);
                });
        for (int i = 0; i < 2; i++) {
            MockFilterChain chain = new MockFilterChain();
            on.doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isNotNull();
        }
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        on.doFilter(new MockHttpServletRequest("GET", "/login"), refused, notReached);
        assertThat(notReached.getRequest()).isNull();
        assertThat(refused.getStatus()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refusals).containsExactly("Too many requests: try again in " + retryAfter + " seconds.");

        MockFilterChain probe = new MockFilterChain();
        on.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), new MockHttpServletResponse(), probe);
        assertThat(probe.getRequest()).isNotNull();
    }
}
