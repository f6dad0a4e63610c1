package org.chorus.command.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the Notify API on the {@code local} profile only: it accepts what the Notify client sends to
 * {@code /v2/notifications/email|sms}, answers as Notify does, and keeps the last messages in memory for a GET
 * (they hold contacts: never on any profile but {@code local}).
 */
@RestController
@Profile("local")
class NotifyStub {
    static final String PATH = "/notify-stub";
    private static final int KEPT = 200;

    /** One message as received: email or sms, the template, the recipient, the personalisation, our reference. */
    record Received(String kind, String templateId, String to, Map<String, Object> personalisation,
                    @Nullable String reference) {
    }

    // one stand-in per JVM, as there is one Notify: a test's service instances share what was sent
    private static final List<Received> RECEIVED = new ArrayList<>();

    @PostMapping(PATH + "/v2/notifications/{kind:email|sms}")
    ResponseEntity<Map<String, Object>> send(@PathVariable String kind, @RequestBody Map<String, Object> body,
                                             @RequestHeader(name = "Authorization", required = false)
                                             @Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return ResponseEntity.status(403).body(Map.of("status_code", 403,
                    "errors", List.of(Map.of("error", "AuthError", "message", "Unauthorized: authentication token must be provided"))));
        }
        String to = String.valueOf(body.get("email".equals(kind) ? "email_address" : "phone_number"));
        String templateId = String.valueOf(body.get("template_id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> personalisation = body.get("personalisation") instanceof Map<?, ?> map
                ? Map.copyOf((Map<String, Object>) map) : Map.of();
        Object reference = body.get("reference");
        synchronized (RECEIVED) {
            if (RECEIVED.size() == KEPT) {
                RECEIVED.remove(0);
            }
            RECEIVED.add(new Received(kind, templateId, to, personalisation,
                    reference == null ? null : reference.toString()));
        }
        return ResponseEntity.status(201).body(answer(kind, templateId, reference));
    }

    @GetMapping(PATH + "/v2/notifications")
    List<Received> received() {
        synchronized (RECEIVED) {
            return List.copyOf(RECEIVED);
        }
    }

    private static Map<String, Object> answer(String kind, String templateId, @Nullable Object reference) {
        Map<String, Object> content = "email".equals(kind)
                ? Map.of("body", "(stub)", "subject", "(stub)", "from_email", "chorus@example.org")
                : Map.of("body", "(stub)", "from_number", "Chorus");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", UUID.randomUUID().toString());
        if (reference != null) {
            answer.put("reference", reference);
        }
        answer.put("content", content);
        answer.put("template", Map.of("id", templateId, "version", 1, "uri", PATH + "/v2/templates/" + templateId));
        return answer;
    }
}
