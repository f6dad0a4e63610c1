package org.chorus.query.campaign.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.query.campaign.progress.CampaignProgress.ChampionProgress;

/** Puts a campaign's progress together from its totals and collected stories; pure, so it is tested without a store. */
final class ProgressTally {

    private ProgressTally() {
    }

    /** One enrolled champion: id, the name to show and the login their stories carry. */
    record Enrolled(String championId, String displayName, String login) {
    }

    /**
     * People reached by the outreach applied so far: in all, and by champion id, venue type and ISO week, as the
     * campaign's document keeps them.
     */
    record Reached(long total, Map<String, Long> byChampion, Map<String, Long> byVenue, Map<String, Long> byWeek) {
    }

    /** @param storiesByLogin counted stories per champion login, enrolled or not */
    static CampaignProgress of(int target, List<Enrolled> enrolled, Reached reached, Map<String, Long> storiesByLogin) {
        List<ChampionProgress> byChampion = enrolled.stream().map(e -> new ChampionProgress(e.championId(),
                e.displayName(), reached.byChampion().getOrDefault(e.championId(), 0L),
                storiesByLogin.getOrDefault(e.login(), 0L))).toList();
        long stories = byChampion.stream().mapToLong(ChampionProgress::stories).sum();
        // venue types in their declared order, weeks in calendar order
        Map<String, Long> byVenueType = new LinkedHashMap<>();
        for (VenueType venue : VenueType.values()) {
            Long people = reached.byVenue().get(venue.name());
            if (people != null) {
                byVenueType.put(venue.name(), people);
            }
        }
        return new CampaignProgress(target, reached.total(), percent(reached.total(), target), stories, byChampion,
                byVenueType, new TreeMap<>(reached.byWeek()));
    }

    private static BigDecimal percent(long reached, int target) {
        if (target <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(reached).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
    }
}
