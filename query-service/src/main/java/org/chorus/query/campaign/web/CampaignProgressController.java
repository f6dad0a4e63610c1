package org.chorus.query.campaign.web;

import org.chorus.query.campaign.progress.CampaignProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CampaignProgressController {
    private final CampaignReports reports;

    CampaignProgressController(CampaignReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/campaigns/{id}/progress", produces = "application/json")
    CampaignProgress progress(@PathVariable("id") String id,
            @RequestParam(name = "minVersion", required = false) @Nullable String minVersion, Authentication caller)
            throws InterruptedException {
        return reports.find(id, minVersion, caller).progress();
    }
}
