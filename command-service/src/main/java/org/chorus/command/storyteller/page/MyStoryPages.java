package org.chorus.command.storyteller.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.story.page.FormError;
import org.chorus.command.story.web.ProblemWording;
import org.chorus.command.story.web.StorySubmission.ConsentRequest;
import org.chorus.command.story.web.SubmissionChecks;
import org.chorus.command.storyteller.Credentials;
import org.chorus.command.storyteller.MyStory;
import org.chorus.command.storyteller.SelfService;
import org.chorus.command.storyteller.TooManyAttempts;
import org.chorus.command.storyteller.WrongPair;
import org.chorus.kernel.story.Consent;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The storyteller's pages, public and without JavaScript: enter the reference and receipt code, then see the
 * story's status, consent and responses, change the consent or withdraw. After a good lookup the pair is kept in
 * the server session, never in a URL; it is dropped on withdrawal, on "Finish" and when it stops opening anything.
 */
@Controller
class MyStoryPages {
    static final String KEPT = "chorus.myStory.credentials";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy")
            .withZone(ZoneId.of("Europe/London"));

    private final SelfService selfService;
    private final SubmissionChecks checks;
    private final ProblemWording wording;
    private final String wordingVersion;

    MyStoryPages(SelfService selfService, SubmissionChecks checks, ProblemWording wording,
                 @Value("${chorus.consent.wording-version}") String wordingVersion) {
        this.selfService = selfService;
        this.checks = checks;
        this.wording = wording;
        this.wordingVersion = wordingVersion;
    }

    @GetMapping("/my-story")
    String start(Model model) {
        return startPage(model, "", List.of());
    }

    @PostMapping("/my-story")
    String lookUp(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String receiptCode,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            Credentials credentials = Credentials.of(reference, receiptCode, wording);
            selfService.look(credentials, request.getRemoteAddr());
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(KEPT, credentials);
            return "redirect:/my-story/story";
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return startPage(model, reference, invalid.problems());
        } catch (WrongPair wrong) {
            response.setStatus(404);
            return startPage(model, reference, List.of(wording.problem("reference", "mystory.error.wrongPair")));
        } catch (TooManyAttempts throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            return startPage(model, reference, List.of(wording.problem("reference", "mystory.error.throttled",
                    throttled.retryAfterMinutes())));
        }
    }

    @GetMapping("/my-story/story")
    String story(HttpServletRequest request, Model model) {
        return withStory(request, model, (story, credentials) -> {
            model.addAttribute("consent", story.consent());
            return "my-story/story";
        });
    }

    @PostMapping("/my-story/consent")
    String changeConsent(@RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
        return withStory(request, model, (story, credentials) -> {
            Consent current = story.consent();
            ConsentRequest changed = new ConsentRequest(ticked(form, "analysis"), ticked(form, "quote"),
                    ticked(form, "publish"), ticked(form, "contact"), ticked(form, "equalityMonitoring"),
                    wordingVersion, current.basis());
            Consent consent = checks.consent(changed);
            selfService.changeConsent(credentials, consent, request.getRemoteAddr(), null, "PUT",
                    "/api/v1/storyteller/consent");
            model.addAttribute("choices", choices(consent));
            return "my-story/consent-saved";
        });
    }

    @GetMapping("/my-story/withdraw")
    String confirmWithdrawal(HttpServletRequest request, Model model) {
        return withStory(request, model, (story, credentials) -> "my-story/withdraw");
    }

    @PostMapping("/my-story/withdraw")
    String withdraw(HttpServletRequest request, Model model) {
        return withStory(request, model, (story, credentials) -> {
            selfService.withdraw(credentials, request.getRemoteAddr(), null, "POST", "/api/v1/storyteller/withdrawal");
            forget(request);
            return "my-story/withdrawn";
        });
    }

    @PostMapping("/my-story/finish")
    String finish(HttpServletRequest request) {
        forget(request);
        return "redirect:/my-story";
    }

    private interface StoryPage {
        String show(MyStory story, Credentials credentials);
    }

    // every page after the start needs the kept pair to still open the story; if not, back to the start
    private String withStory(HttpServletRequest request, Model model, StoryPage page) {
        Credentials credentials = kept(request);
        if (credentials == null) {
            return "redirect:/my-story";
        }
        try {
            MyStory story = selfService.look(credentials, request.getRemoteAddr());
            model.addAttribute("story", story);
            model.addAttribute("responses", story.responses().stream().map(MyStoryPages::shown).toList());
            return page.show(story, credentials);
        } catch (WrongPair gone) {
            forget(request);
            return "redirect:/my-story";
        } catch (TooManyAttempts throttled) {
            return startPage(model, "", List.of(wording.problem("reference", "mystory.error.throttled",
                    throttled.retryAfterMinutes())));
        } catch (StateConflict withdrawnMeanwhile) {
            forget(request);
            return "redirect:/my-story";
        }
    }

    private String startPage(Model model, String reference, List<FieldProblem> problems) {
        model.addAttribute("reference", reference);
        model.addAttribute("errors", problems.stream().map(p -> new FormError(p.field(), p.field(), p.message()))
                .toList());
        model.addAttribute("errorFor", problems.stream().collect(Collectors.toMap(
                FieldProblem::field, FieldProblem::message, (first, second) -> first)));
        return "my-story/start";
    }

    private static @Nullable Credentials kept(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (Credentials) session.getAttribute(KEPT);
    }

    private static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(KEPT);
        }
    }

    /** A response as the page shows it: when, in UK time and the reader's language. */
    record ShownResponse(String organisation, String body, String when) {
    }

    private static ShownResponse shown(MyStory.Response response) {
        Locale language = LocaleContextHolder.getLocale();
        return new ShownResponse(response.organisation(), response.body(),
                WHEN.withLocale("en".equals(language.getLanguage()) ? Locale.UK : language).format(response.at()));
    }

    private static Map<String, Boolean> choices(Consent consent) {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        choices.put("analysis", consent.analysis());
        choices.put("quote", consent.quote());
        choices.put("publish", consent.publish());
        choices.put("contact", consent.contact());
        choices.put("equalityMonitoring", consent.equalityMonitoring());
        return choices;
    }

    private static boolean ticked(Map<String, String> form, String name) {
        return "true".equals(form.get(name));
    }
}
