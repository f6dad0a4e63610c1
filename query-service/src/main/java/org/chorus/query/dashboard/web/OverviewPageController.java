package org.chorus.query.dashboard.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chorus.query.dashboard.Dashboard;
import org.chorus.query.dashboard.DashboardReader;
import org.chorus.query.insight.counts.Drilldown;
import org.chorus.query.page.Callers;
import org.chorus.query.page.ChartTable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview page: the dashboard's figures as charts with their tables. For analysts each theme and place count
 * links to the feed of the stories it counts; programme leads cannot open the feed, so theirs are plain numbers.
 */
@Controller
class OverviewPageController {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<String, String> STATUSES = Map.of("PENDING_MODERATION", "Waiting for moderation",
            "APPROVED", "Approved", "REJECTED", "Rejected", "ESCALATED", "Escalated", "WITHDRAWN", "Withdrawn");

    private final DashboardReader reader;

    OverviewPageController(DashboardReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = "/overview", produces = MediaType.TEXT_HTML_VALUE)
    String overview(Principal caller, Model model) {
        Dashboard dashboard = reader.read(LocalDate.now(LONDON));
        boolean links = Callers.mayOpenStories(caller);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("linksToStories", links);
        model.addAttribute("statusTable", ChartTable.of("Stories by moderation status, withdrawn stories not counted",
                "Status", "Stories", relabelled(dashboard.stories().byStatus())));
        model.addAttribute("themeTable", linked("Approved stories by theme (a story can have several themes)",
                "Theme", dashboard.stories().byTheme(),
                links ? theme -> "/insights?" + Drilldown.feedQuery(theme, null, null) : null));
        model.addAttribute("placeTable", linked("Approved stories by place", "Place", dashboard.stories().byPlace(),
                links ? place -> "/insights?place=" + place : null));
        model.addAttribute("reachTable", new ChartTable("People reached and target of each campaign", "Campaign",
                List.of("People reached", "Target"), dashboard.campaigns().stream()
                        .map(campaign -> ChartTable.Row.of(campaign.name(),
                                List.of(campaign.reached(), (long) campaign.target())))
                        .toList()));
        return "dashboard/overview";
    }

    private static Map<String, Long> relabelled(Map<String, Long> byStatus) {
        Map<String, Long> shown = new LinkedHashMap<>();
        byStatus.forEach((status, count) -> shown.put(STATUSES.getOrDefault(status, status), count));
        return shown;
    }

    // a count leads to the feed of the stories it counts, for those who may open the feed
    private static ChartTable linked(String caption, String heading, Map<String, Long> counts,
            @Nullable Function<String, String> href) {
        return new ChartTable(caption, heading, List.of("Stories"), counts.entrySet().stream()
                .map(count -> new ChartTable.Row(count.getKey(), List.of(new ChartTable.Cell(count.getValue(),
                        href == null ? null : href.apply(count.getKey())))))
                .toList());
    }
}
