package org.chorus.query.insight.web;

import java.security.Principal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.Feeling;
import org.chorus.query.codebook.KnownCodebook;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.ThemesReport;
import org.chorus.query.insight.ThemesReport.ThemeCount;
import org.chorus.query.insight.counts.StoryCounts;
import org.chorus.query.page.Callers;
import org.chorus.query.page.ChartTable;
import org.chorus.query.page.PageError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The theme trends page: how often each theme was coded, by month of approval and by place, under a GET filter form
 * read with the feed's rules. For analysts every count links to the feed of the stories it counts.
 */
@Controller
class TrendsPageController {
    private static final List<String> FILTERS = List.of("theme", "place", "serviceArea", "feeling", "from", "to", "q");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final StoryCounts counts;
    private final KnownCodebook codebook;

    TrendsPageController(StoryCounts counts, KnownCodebook codebook) {
        this.counts = counts;
        this.codebook = codebook;
    }

    /** Invalid filters come back in an error summary, with the form as typed and no counts. */
    @GetMapping(path = "/trends", produces = MediaType.TEXT_HTML_VALUE)
    String trends(@RequestParam MultiValueMap<String, String> params, Principal caller, Model model) {
        MultiValueMap<String, String> asked = new LinkedMultiValueMap<>();
        FILTERS.forEach(name -> {
            if (params.containsKey(name)) {
                asked.put(name, params.get(name));
            }
        });
        MultiValueMap<String, String> typed = InsightPageController.codesInCapitals(asked);
        InsightParams read = new InsightParams(typed, codebook::knows);
        StoryFilter filter = read.filter();
        List<PageError> errors = read.problems().stream().map(InsightPageController::error).toList();
        model.addAttribute("form", typed.toSingleValueMap());
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", PageError.byField(errors));
        model.addAttribute("themes", codebook.themes().stream().filter(theme -> !theme.retired())
                .map(Theme::code).map(code -> code.value()).sorted().toList());
        model.addAttribute("feelings", Arrays.stream(Feeling.values()).map(Enum::name).toList());
        model.addAttribute("feelingLabels", InsightPageController.FEELINGS);
        boolean links = Callers.mayOpenStories(caller);
        model.addAttribute("linksToStories", links);
        if (errors.isEmpty()) {
            ThemesReport report = counts.themes(filter);
            FeedLinks feed = new FeedLinks(filter);
            model.addAttribute("report", report);
            model.addAttribute("themeTable", themeTable(report, links ? feed : null));
            model.addAttribute("monthTable", byTheme(report, "Stories by theme and month of approval", "Month",
                    months(report), ThemeCount::byMonth,
                    links ? (theme, month) -> feed.to(theme, null, YearMonth.parse(month)) : null,
                    month -> YearMonth.parse(month).format(MONTH)));
            model.addAttribute("placeTable", byTheme(report, "Stories by theme and place", "Place",
                    new TreeSet<>(report.themes().stream().flatMap(t -> t.byPlace().keySet().stream()).toList()),
                    ThemeCount::byPlace, links ? (theme, place) -> feed.to(theme, place, null) : null,
                    place -> place));
        }
        return "insight/trends";
    }

    private static ChartTable themeTable(ThemesReport report, @Nullable FeedLinks feed) {
        return new ChartTable("Stories by theme", "Theme", List.of("Stories"), report.themes().stream()
                .map(theme -> new ChartTable.Row(theme.theme(), List.of(new ChartTable.Cell(theme.count(),
                        feed == null ? null : feed.to(theme.theme(), null, null)))))
                .toList());
    }

    private static TreeSet<String> months(ThemesReport report) {
        return new TreeSet<>(report.themes().stream().flatMap(theme -> theme.byMonth().keySet().stream()).toList());
    }

    /** One row per key (month or place), one column per theme; a zero leads nowhere. */
    private static ChartTable byTheme(ThemesReport report, String caption, String heading, TreeSet<String> keys,
            Function<ThemeCount, Map<String, Long>> counted,
            @Nullable BiFunction<String, String, String> href, UnaryOperator<String> label) {
        List<String> themes = report.themes().stream().map(ThemeCount::theme).toList();
        return new ChartTable(caption, heading, themes, keys.stream()
                .map(key -> new ChartTable.Row(label.apply(key), report.themes().stream()
                        .map(theme -> {
                            long n = counted.apply(theme).getOrDefault(key, 0L);
                            return new ChartTable.Cell(n, n == 0 || href == null ? null : href.apply(theme.theme(), key));
                        })
                        .toList()))
                .toList());
    }
}
