package org.parley.security;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * After every test, forgets the failed logins it counted. All tests log in from the same address, and failures that
 * one test provokes on purpose would otherwise make a later test's logins be refused for a while.
 */
public class ForgetFailedLogins implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        Arc.container().instance(LoginThrottle.class).get().forgetAll();
    }
}
