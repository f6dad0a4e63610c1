package org.chorus.command.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chorus.command.support.Api;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The same calls as {@link Api}, through the service's whole filter chain and controllers but signed in as the dev
 * user directly: no password hash to check per request, so set-up and a thousand-request fuzz stay fast. Only the
 * authorisation matrix's own cases need real HTTP Basic.
 */
final class MvcClient {
    static final Map<String, String> ROLES = Map.of("champion", "CHAMPION", "champion2", "CHAMPION",
            "moderator", "MODERATOR", "moderator2", "MODERATOR", "facilitator", "FACILITATOR", "analyst", "ANALYST",
            "lead", "PROGRAMME_LEAD", "admin", "ADMIN");
    private final MockMvc mvc;

    MvcClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    Api.Reply post(String user, String path, String json) {
        return send(user, "POST", path, "application/json", json);
    }

    Api.Reply send(String user, String method, String path, String contentType, String body) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path)
                .with(user(user).roles(ROLES.get(user)));
        if (body != null) {
            request.contentType(contentType).content(body.getBytes(StandardCharsets.UTF_8));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaders(name)));
            return new Api.Reply(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8), headers);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }
}
