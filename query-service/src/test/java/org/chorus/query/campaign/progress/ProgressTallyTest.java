package org.chorus.query.campaign.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.query.campaign.progress.ProgressTally.Outreach;
import org.junit.jupiter.api.Test;

class ProgressTallyTest {

    @Test
    void weeksAreIsoWeeksOfTheWeekBasedYear() {
        assertThat(ProgressTally.isoWeek(LocalDate.of(2026, 11, 23))).isEqualTo("2026-W48");
        assertThat(ProgressTally.isoWeek(LocalDate.of(2026, 11, 29))).isEqualTo("2026-W48");
        assertThat(ProgressTally.isoWeek(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(ProgressTally.isoWeek(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
        assertThat(ProgressTally.isoWeek(LocalDate.of(2026, 1, 5))).isEqualTo("2026-W02");
    }

    @Test
    void percentIsRoundedHalfUpToTwoPlaces() {
        assertThat(percent(1, 3)).isEqualTo(new BigDecimal("33.33"));
        assertThat(percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
        assertThat(percent(1, 800)).isEqualTo(new BigDecimal("0.13"));
        assertThat(percent(0, 600)).isEqualTo(new BigDecimal("0.00"));
        assertThat(percent(3000, 600)).isEqualTo(new BigDecimal("500.00"));
    }

    private static BigDecimal percent(int reached, int target) {
        List<Outreach> outreach = reached == 0 ? List.of()
                : List.of(new Outreach("c", LocalDate.of(2026, 11, 23), reached, VenueType.ONLINE));
        return ProgressTally.of(target, List.of(), outreach, Map.of()).percent();
    }
}
