package org.chorus.command.story.page;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.codes.Codebook;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.security.Caller;
import org.chorus.command.security.ExpiredFormHandler;
import org.chorus.command.story.StoryVault;
import org.chorus.command.story.web.ProblemWording;
import org.chorus.command.story.web.StoryIntake;
import org.chorus.command.story.web.StorySubmission;
import org.chorus.command.story.web.SubmissionChecks;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryContent;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The champion's story form. Works without JavaScript; a hidden submission token makes a double click or a
 * re-sent form store one story; an expired session brings the form back with what was typed.
 */
@Controller
class StoryFormController {
    private final StoryIntake intake;
    private final SubmissionChecks checks;
    private final ProblemWording wording;
    private final Codebook codes;
    private final StoryDirectory directory;
    private final StoryVault vault;
    private final String wordingVersion;

    StoryFormController(StoryIntake intake, SubmissionChecks checks, ProblemWording wording, Codebook codes,
                        StoryDirectory directory, StoryVault vault,
                        @Value("${chorus.consent.wording-version}") String wordingVersion) {
        this.intake = intake;
        this.checks = checks;
        this.wording = wording;
        this.codes = codes;
        this.directory = directory;
        this.vault = vault;
        this.wordingVersion = wordingVersion;
    }

    @GetMapping("/stories/new")
    String form(Model model, HttpSession session) {
        StoryForm form = new StoryForm();
        Object draft = session.getAttribute(ExpiredFormHandler.STORY_DRAFT);
        if (draft instanceof Map<?, ?> fields) {
            session.removeAttribute(ExpiredFormHandler.STORY_DRAFT);
            new DataBinder(form).bind(new MutablePropertyValues(fields));
            model.addAttribute("restored", true);
        }
        if (form.getSubmissionToken().isBlank()) {
            form.setSubmissionToken(UUID.randomUUID().toString());
        }
        form.setWordingVersion(wordingVersion);
        return show(model, form, List.of());
    }

    @PostMapping("/stories/new")
    String submit(Caller caller, @ModelAttribute("form") StoryForm form, Model model, HttpServletResponse response) {
        String token = form.getSubmissionToken().isBlank() ? null : form.getSubmissionToken();
        try {
            List<FieldProblem> problems = new ArrayList<>();
            StorySubmission submission = form.toSubmission(problems, wording);
            checks.problemsWith(submission).stream()
                    .filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
                    .forEach(problems::add);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Answer answer = intake.submit(caller, submission, token);
            Map<?, ?> body = KernelJson.mapper().readValue(answer.body(), Map.class);
            model.addAttribute("reference", body.get("reference"));
            model.addAttribute("receiptCode", body.get("receiptCode"));
            return "stories/submitted";
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return show(model, form, FormError.of(invalid.problems()));
        }
    }

    @GetMapping("/stories/mine")
    String mine(Caller caller, Model model, Locale language) {
        model.addAttribute("stories", directory.ownedBy(caller.login()).stream()
                .map(e -> new MyStoryRow(e.reference(), e.content() == null ? null
                        : vault.openContent(e.content()).map(StoryContent::title).orElse(null), e.status().name(),
                        PageTimes.london(e.submittedAt(), language)))
                .toList());
        return "stories/mine";
    }

    public record MyStoryRow(String reference, String title, String status, String submitted) {
    }

    private String show(Model model, StoryForm form, List<FormError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFor", errors.stream()
                .collect(java.util.stream.Collectors.toMap(FormError::anchor, FormError::message, (a, b) -> a)));
        model.addAttribute("places", codes.places());
        model.addAttribute("serviceAreas", codes.serviceAreas());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("feelings", Feeling.values());
        model.addAttribute("ageBands", AgeBand.values());
        return "stories/new";
    }
}
