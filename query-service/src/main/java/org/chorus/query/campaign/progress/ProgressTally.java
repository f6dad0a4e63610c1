package org.chorus.query.campaign.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.query.campaign.progress.CampaignProgress.ChampionProgress;

/** Adds up a campaign's outreach and collected stories; pure, so the arithmetic is tested without a store. */
final class ProgressTally {

    private ProgressTally() {
    }

    /** One enrolled champion: id, the name to show and the login their stories carry. */
    record Enrolled(String championId, String displayName, String login) {
    }

    record Outreach(String championId, LocalDate date, int peopleReached, VenueType venueType) {
    }

    /** @param storiesByLogin counted stories per champion login, enrolled or not */
    static CampaignProgress of(int target, List<Enrolled> enrolled, List<Outreach> outreach,
            Map<String, Long> storiesByLogin) {
        long reached = 0;
        Map<String, Long> reachedByChampion = new LinkedHashMap<>();
        Map<VenueType, Long> byVenue = new EnumMap<>(VenueType.class);
        Map<String, Long> byWeek = new TreeMap<>();
        for (Outreach o : outreach) {
            reached += o.peopleReached();
            reachedByChampion.merge(o.championId(), (long) o.peopleReached(), Long::sum);
            byVenue.merge(o.venueType(), (long) o.peopleReached(), Long::sum);
            byWeek.merge(isoWeek(o.date()), (long) o.peopleReached(), Long::sum);
        }
        List<ChampionProgress> byChampion = enrolled.stream().map(e -> new ChampionProgress(e.championId(),
                e.displayName(), reachedByChampion.getOrDefault(e.championId(), 0L),
                storiesByLogin.getOrDefault(e.login(), 0L))).toList();
        long stories = byChampion.stream().mapToLong(ChampionProgress::stories).sum();
        Map<String, Long> byVenueType = new LinkedHashMap<>();
        byVenue.forEach((venue, people) -> byVenueType.put(venue.name(), people));
        return new CampaignProgress(target, reached, percent(reached, target), stories, byChampion, byVenueType,
                byWeek);
    }

    static String isoWeek(LocalDate date) {
        return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static BigDecimal percent(long reached, int target) {
        if (target <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(reached).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
    }
}
