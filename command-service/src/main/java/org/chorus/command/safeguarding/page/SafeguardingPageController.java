package org.chorus.command.safeguarding.page;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.chorus.command.safeguarding.SafeguardingQueue;
import org.chorus.command.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The safeguarding queue at {@code /moderation/safeguarding} (moderators only, like every moderation page, and of
 * those only the configured safeguarding leads): open alerts oldest first, each with its acknowledge button.
 */
@Controller
class SafeguardingPageController {
    private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final SafeguardingQueue queue;

    SafeguardingPageController(SafeguardingQueue queue) {
        this.queue = queue;
    }

    public record Row(UUID storyId, String reference, String place, String escalated) {
    }

    @GetMapping("/moderation/safeguarding")
    String queue(Caller caller, Model model) {
        model.addAttribute("alerts", queue.open(caller).stream()
                .map(a -> new Row(a.storyId(), a.reference(), a.place(), LONDON.format(a.escalatedAt()))).toList());
        return "moderation/safeguarding";
    }

    @PostMapping("/moderation/safeguarding/{storyId}/acknowledgement")
    String acknowledge(Caller caller, @PathVariable UUID storyId, RedirectAttributes redirect) {
        queue.acknowledge(caller, storyId);
        redirect.addFlashAttribute("acknowledged", true);
        return "redirect:/moderation/safeguarding";
    }
}
