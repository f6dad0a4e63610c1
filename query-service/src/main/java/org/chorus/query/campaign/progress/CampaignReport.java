package org.chorus.query.campaign.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as the read model knows it, with its progress.
 *
 * @param version        the campaign's last applied event sequence
 * @param enrolledLogins the logins of its enrolled champions, who may read its progress
 */
public record CampaignReport(String id, String name, String theme, String status, LocalDate startsOn,
        LocalDate endsOn, long version, List<String> enrolledLogins, CampaignProgress progress) {

    public CampaignReport {
        enrolledLogins = List.copyOf(enrolledLogins);
    }

    public boolean enrols(String login) {
        return enrolledLogins.contains(login);
    }
}
