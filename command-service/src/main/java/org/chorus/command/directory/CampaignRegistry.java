package org.chorus.command.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.chorus.command.rules.StateConflict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Set-based lookups for rules that span aggregates: which logins are registered champions, which campaigns are
 * open and who is enrolled. Kept by {@link CampaignRegistryProjection} in the same transaction as the events, and
 * read with row locks inside the command's transaction, so a story citing a campaign and the campaign's closing
 * are serialised by PostgreSQL.
 */
@Component
public class CampaignRegistry {
    private final JdbcTemplate jdbc;

    CampaignRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS champion_registry (champion_id uuid PRIMARY KEY,"
                + " login text NOT NULL UNIQUE, display_name text NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS campaign_registry (campaign_id uuid PRIMARY KEY, name text NOT NULL,"
                + " open boolean NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS campaign_enrolment (campaign_id uuid NOT NULL, login text NOT NULL,"
                + " champion_id uuid NOT NULL, PRIMARY KEY (campaign_id, login))");
    }

    /** A campaign a champion can log outreach for. */
    public record OpenCampaign(UUID campaignId, String name) {
    }

    /** The open campaigns the login is enrolled in, by name. */
    public List<OpenCampaign> openCampaignsOf(String login) {
        return jdbc.query("SELECT r.campaign_id, r.name FROM campaign_registry r JOIN campaign_enrolment e"
                + " ON e.campaign_id = r.campaign_id WHERE e.login = ? AND r.open ORDER BY r.name, r.campaign_id",
                (rs, n) -> new OpenCampaign(rs.getObject("campaign_id", UUID.class), rs.getString("name")), login);
    }

    public Optional<UUID> championWithLogin(String login) {
        return jdbc.queryForList("SELECT champion_id FROM champion_registry WHERE login = ?", UUID.class, login)
                .stream().findFirst();
    }

    public Optional<String> loginOfChampion(UUID championId) {
        return jdbc.queryForList("SELECT login FROM champion_registry WHERE champion_id = ?", String.class, championId)
                .stream().findFirst();
    }

    /**
     * Within the caller's transaction: the campaign must be open and the login enrolled, else 409. The campaign row
     * is share-locked until the transaction ends, so closing the campaign waits for this command to commit.
     */
    public void requireEnrolledInOpenCampaign(UUID campaignId, String login) {
        List<Boolean> open = jdbc.queryForList("SELECT open FROM campaign_registry WHERE campaign_id = ? FOR SHARE",
                Boolean.class, campaignId);
        if (open.isEmpty() || !open.get(0)) {
            throw new StateConflict("campaign.not-open", "the campaign does not exist or is closed");
        }
        Integer enrolled = jdbc.queryForObject("SELECT count(*) FROM campaign_enrolment WHERE campaign_id = ?"
                + " AND login = ?", Integer.class, campaignId, login);
        if (enrolled == null || enrolled == 0) {
            throw new StateConflict("campaign.not-enrolled", "you are not enrolled in this campaign");
        }
    }
}
