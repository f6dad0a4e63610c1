package org.chorus.command.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An integration test against the running service on {@link TestEngines}: its port, an {@link Api} client on it, made
 * before each test, and the event store's database.
 */
public abstract class ServiceTest extends EngineProperties {
    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }
}
