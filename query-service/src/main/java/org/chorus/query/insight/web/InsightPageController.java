package org.chorus.query.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.Feeling;
import org.chorus.query.codebook.KnownCodebook;
import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.FeedPage;
import org.chorus.query.insight.InsightReader;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.StoryView;
import org.chorus.query.page.PageError;
import org.chorus.query.web.PathIds;
import org.chorus.query.web.Problem.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The analysts' pages: the story feed with its filter form (a GET form, so every result page has an address) and
 * one story. Reads the same model, with the same parameter rules, as {@code /api/v1/insights}.
 */
@Controller
class InsightPageController {
    static final int PAGE_SIZE = 20;
    private static final Map<String, String> LABELS = Map.of("theme", "Theme", "place", "Place",
            "serviceArea", "Service area", "feeling", "Feeling", "campaignId", "Campaign", "from", "Approved from",
            "to", "Approved to", "q", "Words", "uncoded", "Uncoded only", "cursor", "The page link");
    static final Map<String, String> FEELINGS = Map.of("POSITIVE", "Positive", "MIXED", "Mixed",
            "NEGATIVE", "Negative");

    private static final SnippetSegments SNIPPETS = new SnippetSegments();

    private final InsightReader reader;
    private final KnownCodebook codebook;

    InsightPageController(InsightReader reader, KnownCodebook codebook) {
        this.reader = reader;
        this.codebook = codebook;
    }

    /** Invalid filters come back in an error summary, with the form as typed and no results. */
    @GetMapping(path = "/insights", produces = MediaType.TEXT_HTML_VALUE)
    String feed(@RequestParam MultiValueMap<String, String> params, Model model) {
        MultiValueMap<String, String> typed = codesInCapitals(params);
        InsightParams read = new InsightParams(typed, codebook::knows);
        StoryFilter filter = read.filter();
        FeedCursor cursor = read.cursor();
        List<PageError> errors = read.problems().stream().map(InsightPageController::error).toList();
        model.addAttribute("form", typed.toSingleValueMap());
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", PageError.byField(errors));
        model.addAttribute("themes", codebook.themes().stream().filter(theme -> !theme.retired())
                .map(Theme::code).map(code -> code.value()).sorted().toList());
        model.addAttribute("feelings", Arrays.stream(Feeling.values()).map(Enum::name).toList());
        model.addAttribute("feelingLabels", FEELINGS);
        model.addAttribute("snippets", SNIPPETS);
        if (errors.isEmpty()) {
            FeedPage page = reader.feed(filter, PAGE_SIZE, cursor);
            model.addAttribute("page", page);
            model.addAttribute("nextHref", page.nextCursor() == null ? null
                    : ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", page.nextCursor())
                            .build().toUriString());
            model.addAttribute("firstHref", cursor == null ? null
                    : ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor").build().toUriString());
        }
        return "insight/feed";
    }

    @GetMapping(path = "/insights/stories/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String story(@PathVariable("id") String id, Model model, HttpServletResponse response) {
        String storyId = id.toLowerCase(Locale.ROOT);
        StoryView story = PathIds.isUuid(storyId)
                ? reader.story(storyId).view().orElse(null) : null;
        model.addAttribute("feelingLabels", FEELINGS);
        if (story == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "insight/not-found";
        }
        model.addAttribute("story", story);
        return "insight/story";
    }

    // place and service area codes are upper case; a user may type them in any case
    static MultiValueMap<String, String> codesInCapitals(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>(params);
        for (String name : List.of("place", "serviceArea")) {
            String value = params.getFirst(name);
            if (value != null) {
                typed.set(name, value.trim().toUpperCase(Locale.ROOT));
            }
        }
        return typed;
    }

    static PageError error(FieldProblem problem) {
        String anchor = problem.field().equals("cursor") ? "theme" : problem.field();
        String message = switch (problem.message()) {
            case "must be a date YYYY-MM-DD" -> "must be a real date written like 2026-11-24";
            case "must not be before from" -> "must not be before Approved from";
            case "must be an UPPER_SNAKE code" -> "must be a code of letters, digits and underscores, like LEWISHAM";
            default -> problem.message();
        };
        return new PageError(anchor, LABELS.getOrDefault(problem.field(), problem.field()) + " " + message);
    }
}
