package org.chorus.command.story.page;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.security.Caller;
import org.chorus.command.story.Redaction;
import org.chorus.command.story.StoryCommands.Decision;
import org.chorus.command.story.web.ModerationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderation queue and one story, decrypted for the moderator (every read audited), with the decision form. */
@Controller
class ModerationPageController {
    private final StoryDirectory directory;
    private final ModerationService moderation;

    ModerationPageController(StoryDirectory directory, ModerationService moderation) {
        this.directory = directory;
        this.moderation = moderation;
    }

    public record QueueRow(UUID id, String reference, String place, String submitted) {
    }

    @GetMapping("/moderation")
    String queue(Caller caller, Model model) {
        model.addAttribute("stories", directory.pendingIn(caller.places()).stream()
                .map(e -> new QueueRow(e.storyId(), e.reference(), e.place(), PageTimes.london(e.submittedAt())))
                .toList());
        return "moderation/queue";
    }

    @GetMapping("/moderation/stories/{id}")
    String story(Caller caller, @PathVariable UUID id, Model model) {
        model.addAttribute("story", moderation.read(caller, id));
        model.addAttribute("token", UUID.randomUUID().toString());
        return "moderation/story";
    }

    @PostMapping("/moderation/stories/{id}")
    String decide(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String redact,
                  @RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
        try {
            Decision chosen = parse(decision);
            List<Redaction> spans = chosen == Decision.APPROVE ? moderation.spansOf(caller, id, phrases(redact)) : List.of();
            moderation.moderate(caller, id, chosen, reason.isBlank() ? null : reason, spans,
                    token.isBlank() ? null : token, "/moderation/stories/" + id);
            redirect.addFlashAttribute("done", decision);
            return "redirect:/moderation";
        } catch (InvalidInput invalid) {
            model.addAttribute("story", moderation.read(caller, id));
            model.addAttribute("token", token);
            model.addAttribute("errors", FormError.of(invalid.problems()));
            model.addAttribute("reason", reason);
            model.addAttribute("redact", redact);
            return "moderation/story";
        }
    }

    private static Decision parse(String decision) {
        try {
            return Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("decision", "Choose approve, reject or escalate");
        }
    }

    private static List<String> phrases(String redact) {
        List<String> phrases = new ArrayList<>();
        for (String line : redact.split("\\R")) {
            if (!line.isBlank()) {
                phrases.add(line.strip());
            }
        }
        return phrases;
    }
}
