package org.chorus.query.dashboard.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.chorus.query.dashboard.Dashboard;
import org.chorus.query.dashboard.DashboardReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardController {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DashboardReader reader;

    DashboardController(DashboardReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = "/api/v1/dashboard", produces = "application/json")
    Dashboard dashboard() {
        return reader.read(LocalDate.now(LONDON));
    }
}
