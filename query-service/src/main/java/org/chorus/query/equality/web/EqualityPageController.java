package org.chorus.query.equality.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.kernel.codebook.Theme;
import org.chorus.query.codebook.KnownCodebook;
import org.chorus.query.equality.EqualityFilter;
import org.chorus.query.equality.EqualityReader;
import org.chorus.query.equality.EqualityReport;
import org.chorus.query.page.ChartTable;
import org.chorus.query.page.PageError;
import org.chorus.query.web.Problem.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "who is heard" page: the equality report as one chart and table per dimension, each suppressed count shown
 * as "fewer than 5" and never as a number. No count links to stories: reading them would undo the suppression.
 */
@Controller
class EqualityPageController {
    private static final List<String> FILTERS = List.of("place", "theme", "from", "to");
    private static final Map<String, String> HEADINGS = Map.of("ethnicity", "Ethnic group", "ageBand", "Age band",
            "disability", "Disabled", "gender", "Gender", "place", "Place");
    private static final Map<String, String> LABELS = Map.of("place", "Place", "theme", "Theme",
            "from", "Approved from", "to", "Approved to");

    private final EqualityReader reader;
    private final KnownCodebook codebook;

    EqualityPageController(EqualityReader reader, KnownCodebook codebook) {
        this.reader = reader;
        this.codebook = codebook;
    }

    /** Invalid filters come back in an error summary, with the form as typed and no counts. */
    @GetMapping(path = "/equality", produces = MediaType.TEXT_HTML_VALUE)
    String equality(@RequestParam MultiValueMap<String, String> params, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        FILTERS.forEach(name -> {
            String value = params.getFirst(name);
            if (value != null) {
                typed.put(name, name.equals("place") ? value.trim().toUpperCase(Locale.ROOT) : value);
            }
        });
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        typed.forEach(filters::add);
        EqualityParams read = new EqualityParams(filters, codebook::knows);
        EqualityFilter filter = read.read();
        List<PageError> errors = read.problems().stream().map(EqualityPageController::error).toList();
        model.addAttribute("form", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", PageError.byField(errors));
        model.addAttribute("themes", codebook.themes().stream().filter(theme -> !theme.retired())
                .map(Theme::code).map(code -> code.value()).sorted().toList());
        if (errors.isEmpty()) {
            EqualityReport report = reader.report(filter);
            model.addAttribute("report", report);
            model.addAttribute("tables", tables(report));
        }
        return "equality/equality";
    }

    /** One table per dimension, by dimension key, in the report's order. */
    private static Map<String, ChartTable> tables(EqualityReport report) {
        Map<String, ChartTable> tables = new LinkedHashMap<>();
        report.dimensions().forEach((dimension, cells) -> {
            String heading = HEADINGS.getOrDefault(dimension, dimension);
            tables.put(dimension, new ChartTable("Storytellers by " + heading.toLowerCase(Locale.ROOT),
                    heading, List.of("Storytellers"), cells.stream()
                    .map(cell -> new ChartTable.Row(GroupLabels.of(dimension, cell.group()), List.of(
                            new ChartTable.Cell(cell.suppressed() || cell.count() == null ? null
                                    : Long.valueOf(cell.count()), null))))
                    .toList()));
        });
        return tables;
    }

    private static PageError error(FieldProblem problem) {
        String message = switch (problem.message()) {
            case "must be a date YYYY-MM-DD" -> "must be a real date written like 2026-11-24";
            case "must not be before from" -> "must not be before Approved from";
            case "must be an UPPER_SNAKE code" -> "must be a code of letters, digits and underscores, like LEWISHAM";
            default -> problem.message();
        };
        return new PageError(problem.field(), LABELS.getOrDefault(problem.field(), problem.field()) + " " + message);
    }
}
