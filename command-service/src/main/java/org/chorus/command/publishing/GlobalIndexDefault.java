package org.chorus.command.publishing;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The event store numbers its events in the insert itself ({@code META-INF/orm.xml}: an identity column), one round
 * trip per event instead of a {@code nextval} and then the insert. A new store gets an identity column from Hibernate;
 * a store created before has a plain column fed by {@code domain_event_entry_seq}, which this gives that sequence as
 * its default, so numbering carries on where it stopped. Runs after Hibernate's schema update (it needs the entity
 * manager factory) and before the first event is stored (the storage engine needs it).
 */
@Component
class GlobalIndexDefault {

    GlobalIndexDefault(JdbcTemplate jdbc, EntityManagerFactory schemaUpdated) {
        apply(jdbc);
    }

    static void apply(JdbcTemplate jdbc) {
        jdbc.execute("DO $$ BEGIN"
                + " IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = 'domain_event_entry' AND column_name = 'global_index'"
                + " AND column_default IS NULL AND is_identity = 'NO') THEN"
                + " ALTER TABLE domain_event_entry"
                + " ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_seq');"
                + " END IF; END $$");
    }
}
