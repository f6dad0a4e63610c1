package org.chorus.query.campaign.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.query.campaign.IsoWeek;
import org.chorus.query.campaign.progress.CampaignProgress.ChampionProgress;
import org.chorus.query.campaign.progress.ProgressTally.Enrolled;
import org.chorus.query.campaign.progress.ProgressTally.Reached;
import org.junit.jupiter.api.Test;

class ProgressTallyTest {

    @Test
    void weeksAreIsoWeeksOfTheWeekBasedYear() {
        assertThat(IsoWeek.of(LocalDate.of(2026, 11, 23))).isEqualTo("2026-W48");
        assertThat(IsoWeek.of(LocalDate.of(2026, 11, 29))).isEqualTo("2026-W48");
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(IsoWeek.of(LocalDate.of(2026, 1, 5))).isEqualTo("2026-W02");
    }

    @Test
    void percentIsRoundedHalfUpToTwoPlaces() {
        assertThat(percent(1, 3)).isEqualTo(new BigDecimal("33.33"));
        assertThat(percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
        assertThat(percent(1, 800)).isEqualTo(new BigDecimal("0.13"));
        assertThat(percent(0, 600)).isEqualTo(new BigDecimal("0.00"));
        assertThat(percent(3000, 600)).isEqualTo(new BigDecimal("500.00"));
    }

    @Test
    void venuesComeInTheirDeclaredOrderWeeksInCalendarOrderAndOnlyEnrolledChampionsAreListed() {
        CampaignProgress progress = ProgressTally.of(100, List.of(new Enrolled("a", "Amina", "amina")),
                new Reached(60, Map.of("a", 40L, "z", 20L), Map.of("ONLINE", 20L, "FAITH_SPACE", 40L),
                        Map.of("2027-W01", 5L, "2026-W52", 55L)), Map.of("amina", 2L, "zed", 1L));

        assertThat(List.copyOf(progress.byVenueType().keySet())).isEqualTo(
                Stream.of(VenueType.values()).map(Enum::name).filter(Set.of("ONLINE", "FAITH_SPACE")::contains).toList());
        assertThat(List.copyOf(progress.byWeek().keySet())).containsExactly("2026-W52", "2027-W01");
        assertThat(progress.byChampion()).containsExactly(new ChampionProgress("a", "Amina", 40, 2));
        assertThat(progress.storiesCollected()).isEqualTo(2);
        assertThat(progress.reached()).isEqualTo(60);
    }

    private static BigDecimal percent(int reached, int target) {
        return ProgressTally.of(target, List.of(), new Reached(reached, Map.of(), Map.of(), Map.of()), Map.of())
                .percent();
    }
}
