package org.chorus.query.campaign.web;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.chorus.query.campaign.progress.CampaignReader;
import org.chorus.query.campaign.progress.CampaignReport;
import org.chorus.query.web.MinVersion;
import org.chorus.query.web.NotFoundException;
import org.chorus.query.web.PathIds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Finds the campaign a caller asked for and may see: staff roles see every campaign, a champion only those they are
 * enrolled in; anything else is answered as if it did not exist.
 */
@Component
class CampaignReports {
    private static final Set<String> SEE_EVERY_CAMPAIGN = Set.of("ROLE_PROGRAMME_LEAD", "ROLE_ADMIN", "ROLE_ANALYST");

    private final CampaignReader reader;
    private final Duration maxWait;

    CampaignReports(CampaignReader reader, @Value("${chorus.insight.min-version-wait:5s}") Duration maxWait) {
        this.reader = reader;
        this.maxWait = maxWait;
    }

    /** With {@code minVersion}, waits (at most the configured time, then 503) until that version was applied. */
    CampaignReport find(String id, @Nullable String minVersion, Authentication caller) throws InterruptedException {
        String campaignId = PathIds.uuid(id);
        long wanted = MinVersion.parse(minVersion);
        Optional<CampaignReport> report = MinVersion.await(maxWait, () -> reader.read(campaignId),
                read -> wanted >= 0 && read.map(r -> r.version() < wanted).orElse(true),
                () -> "Campaign " + campaignId + " has not reached version " + wanted + " yet.");
        return report.filter(r -> maySee(caller, r))
                .orElseThrow(() -> new NotFoundException("No campaign " + campaignId + "."));
    }

    private static boolean maySee(Authentication caller, CampaignReport report) {
        boolean staff = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_EVERY_CAMPAIGN::contains);
        return staff || report.enrols(caller.getName());
    }

}
