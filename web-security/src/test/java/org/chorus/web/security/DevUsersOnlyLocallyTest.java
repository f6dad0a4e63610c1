package org.chorus.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Dev users configured on any profile but local stop the service from starting, with a clear reason. */
class DevUsersOnlyLocallyTest {
    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withUserConfiguration(DevUsersOnlyLocally.class);

    @Test
    void devUsersWithoutTheLocalProfileStopTheStart() {
        service.withPropertyValues("chorus.dev-users.champion.roles=CHAMPION").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("Dev users (chorus.dev-users) are configured but the 'local' profile is not active");
        });
    }

    @Test
    void devUsersOnTheLocalProfileOrNoDevUsersStartNormally() {
        service.withPropertyValues("chorus.dev-users.champion.roles=CHAMPION")
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("local"))
                .run(context -> assertThat(context).hasNotFailed());
        service.withPropertyValues("chorus.auth.role-claim=roles").run(context -> assertThat(context).hasNotFailed());
    }
}
