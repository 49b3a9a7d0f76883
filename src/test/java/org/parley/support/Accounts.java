package org.parley.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditService;
import org.parley.audit.AuditView;
import org.parley.security.Account;
import org.parley.security.AccountService;
import org.parley.security.Roles;
import org.parley.security.accounts.AccountView;
import org.parley.support.Staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Accounts for the account tests. Every name is fresh (tests share one database), and the shared {@code admin}
 * is never demoted or disabled: {@link #onlySharedAdminLeft} takes the admins these tests made out of the way
 * before a test of the last-admin rule, so a refusal there can only ever protect {@code admin} itself.
 */
public final class Accounts {

    public static final String PREFIX = "acct-";
    public static final String PASSWORD = "a long enough password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Accounts() {
    }

    public record Made(long id, String name) {
    }

    public static String freshName() {
        return PREFIX + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Made fresh(AccountService accounts, String role) {
        String name = freshName();
        Account made = accounts.create(name, PASSWORD, role);
        return new Made(made.id, name);
    }

    public static Account stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id));
    }

    public static long sharedAdminId() {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(Staff.ADMIN).orElseThrow().id);
    }

    /** Disables every enabled admin these tests made, and answers the enabled admins that are left. */
    public static List<String> onlySharedAdminLeft() {
        return QuarkusTransaction.requiringNew().call(() -> {
            for (Account a : Account.<Account>list("enabled = true and username like ?1", PREFIX + "%")) {
                if (AccountView.stored(a).contains(Roles.ADMIN)) {
                    a.enabled = false;
                }
            }
            return Account.<Account>list("enabled = true").stream()
                    .filter(a -> AccountView.stored(a).contains(Roles.ADMIN)).map(a -> a.username).toList();
        });
    }

    public static List<String> auditDetails(AuditService audit, String actor) {
        return audit.search(actor, AuditAction.ACCOUNT, null, 0).stream().map(AuditView::details).toList();
    }

    public static RequestSpecification basic(String name, String password) {
        return given().auth().preemptive().basic(name, password).contentType("application/json");
    }

    /** Whether HTTP Basic with these credentials gets into the moderators' API. */
    public static int moderationStatus(String name, String password) {
        return basic(name, password).get("/api/moderation/counts").statusCode();
    }

    /** A staff page as a logged-in browser loaded it: its HTML and the CSRF token its forms carry. */
    public record Page(Staff.Session session, int status, String html, String token) {

        public static Page open(Staff.Session session, String path) {
            Response page = session.request().accept("text/html").get(path);
            Matcher m = CSRF.matcher(page.asString());
            Map<String, String> cookies = new java.util.HashMap<>(session.cookies());
            cookies.putAll(page.getCookies());
            return new Page(new Staff.Session(session.status(), session.location(), cookies), page.statusCode(),
                    page.asString(), m.find() ? m.group(1) : null);
        }

        /** A form post as the page's forms send it. */
        public RequestSpecification post() {
            return withoutToken().formParam("csrf-token", token);
        }

        /** A form post with the session but no token in the form, as a forged cross-site post would be. */
        public RequestSpecification withoutToken() {
            return session.request().accept("text/html")
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        }
    }
}
