package org.parley.support;

import static io.restassured.RestAssured.given;

import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.Roles;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

/** Accounts for tests of staff endpoints: a moderator, the test admin, and someone logged in without a role. */
public final class Staff {

    public static final String MODERATOR = "staff-moderator";
    public static final String ADMIN = "admin";
    public static final String NOBODY = "staff-without-role";
    private static final String PASSWORD = "staff-test-password";
    private static final String ADMIN_PASSWORD = "test-admin-password";

    private Staff() {
    }

    /** Creates the moderator and the role-less account once per database. */
    public static void exist(AccountService accounts) {
        ensure(accounts, MODERATOR, Roles.MODERATOR);
        ensure(accounts, NOBODY, "reader");
    }

    public static RequestSpecification moderator() {
        return as(MODERATOR, PASSWORD);
    }

    public static RequestSpecification admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification withoutRole() {
        return as(NOBODY, PASSWORD);
    }

    public static RequestSpecification anonymous() {
        return given().contentType("application/json");
    }

    private static RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType("application/json");
    }

    private static void ensure(AccountService accounts, String name, String roles) {
        boolean exists = QuarkusTransaction.requiringNew().call(() -> Account.count("username", name) > 0);
        if (!exists) {
            accounts.create(name, PASSWORD, roles);
        }
    }
}
