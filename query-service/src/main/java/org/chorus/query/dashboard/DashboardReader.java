package org.chorus.query.dashboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.SessionSnapshot;
import org.chorus.kernel.session.SessionStatus;
import org.chorus.query.campaign.CampaignFields;
import org.chorus.query.campaign.progress.CampaignReader;
import org.chorus.query.insight.counts.StoryCounts;
import org.chorus.query.session.SessionSummaries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads the dashboard. Story totals are pre-computed counters; campaign reach is each campaign's progress; sessions
 * are folded from their applied events.
 */
@Component
public class DashboardReader {
    private final StoryCounts counts;
    private final CampaignReader campaigns;
    private final MongoCollection<Document> campaignDocuments;
    private final SessionSummaries sessions;

    @Autowired
    DashboardReader(MongoDatabase database, StoryCounts counts, CampaignReader campaigns) {
        this.counts = counts;
        this.campaigns = campaigns;
        this.campaignDocuments = database.getCollection(CampaignFields.CAMPAIGNS);
        this.sessions = new SessionSummaries(database);
    }

    /** As of {@code today}, a Europe/London calendar day: an action due before it and still open is overdue. */
    public Dashboard read(LocalDate today) {
        List<SessionSnapshot> all = sessions.all();
        long open = all.stream().filter(session -> session.status() == SessionStatus.OPEN).count();
        long overdue = all.stream().flatMap(session -> session.actions().stream())
                .filter(action -> action.status() != ActionStatus.DONE && action.status() != ActionStatus.DROPPED)
                .filter(action -> action.dueBy().isBefore(today))
                .count();
        return new Dashboard(counts.totals(), open, campaigns(), overdue);
    }

    private List<Dashboard.CampaignReach> campaigns() {
        List<Dashboard.CampaignReach> reach = new ArrayList<>();
        campaignDocuments.find().projection(Projections.include(CampaignFields.ID)).forEach(campaign -> campaigns
                .read(campaign.getString(CampaignFields.ID))
                .ifPresent(report -> reach.add(new Dashboard.CampaignReach(report.id(), report.name(),
                        report.progress().target(), report.progress().reached(), report.progress().percent()))));
        reach.sort(Comparator.comparing(Dashboard.CampaignReach::name)
                .thenComparing(Dashboard.CampaignReach::campaignId));
        return reach;
    }
}
