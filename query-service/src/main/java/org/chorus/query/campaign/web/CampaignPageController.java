package org.chorus.query.campaign.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.query.campaign.progress.CampaignProgress;
import org.chorus.query.campaign.progress.CampaignReport;
import org.chorus.query.page.ChartTable;
import org.chorus.query.web.InvalidRequestException;
import org.chorus.query.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The progress page programme leads open in a browser: server-rendered tables, drawn as charts by the layout's
 * chart script when JavaScript runs.
 */
@Controller
class CampaignPageController {
    private static final Map<VenueType, String> VENUES = Map.of(VenueType.FAITH_SPACE, "Faith space",
            VenueType.COMMUNITY_CENTRE, "Community centre", VenueType.ESTATE, "Estate", VenueType.SCHOOL, "School",
            VenueType.GP_SURGERY, "GP surgery", VenueType.ONLINE, "Online", VenueType.EVENT, "Event",
            VenueType.OTHER, "Other");

    private final CampaignReports reports;

    CampaignPageController(CampaignReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/campaigns/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String progress(@PathVariable("id") String id, Authentication caller, Model model) throws InterruptedException {
        CampaignReport report = reports.find(id, null, caller);
        CampaignProgress progress = report.progress();
        Map<String, Long> byVenue = new LinkedHashMap<>();
        progress.byVenueType().forEach((venue, people) -> byVenue.put(VENUES.get(VenueType.valueOf(venue)), people));
        model.addAttribute("campaign", report);
        model.addAttribute("progress", progress);
        model.addAttribute("weekTable", ChartTable.of("People reached by ISO week of the outreach date", "Week",
                "People reached", progress.byWeek()));
        model.addAttribute("venueTable", ChartTable.of("People reached by venue type", "Venue type", "People reached",
                byVenue));
        return "campaign/progress";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e) {
        return "campaign/not-found";
    }

    // a malformed id names no campaign either; the page says so in the same words
    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidRequestException e) {
        return "campaign/not-found";
    }
}
