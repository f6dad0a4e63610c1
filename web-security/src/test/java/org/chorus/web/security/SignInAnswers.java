package org.chorus.web.security;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What both services' production sign-in tests send and expect: a bearer token on a request, and the
 * {@link SecurityHeaders} on every answer. Shared with both services' tests through this module's test jar.
 */
public final class SignInAnswers {
    private SignInAnswers() {
    }

    /** The request carrying the token as an identity provider's bearer JWT. */
    public static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    /** Expects the headers every answer carries, whatever its status; HSTS is left to the caller. */
    public static ResultActions assertSecurityHeaders(ResultActions answer) throws Exception {
        return answer.andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
