package org.parley.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.parley.security.AccountService;
import org.parley.support.Staff;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class MassCheckResourceTest {

    static final String TSV = "label\ttext\n"
            + "abusive\tYou are a fucking idiot\n"
            + "racist\tgo back to your country you n1gger\n"
            + "clean\tThe drone strike killed Soleimani.\n"
            + "clean\tRacism against Iraqis must end.\n"
            + "offtopic\tCheck out my channel and subscribe!! http://bit.ly/x\n";

    @Inject
    AccountService accounts;

    @Test
    void anUploadedFileIsJudgedAndReportedPerRuleAndPerLabel() {
        Staff.Session session = admin();
        session.request().multiPart("file", "sample.tsv", TSV.getBytes(StandardCharsets.UTF_8),
                "text/tab-separated-values").multiPart("csrf-token", session.csrfToken())
                .post("/admin/mass-check").then().statusCode(200)
                .body(containsString("5 texts from sample.tsv"))
                .body(containsString("Abusive or racist vs clean"))
                .body(containsString("Clean texts flagged: <strong>0</strong>"));
    }

    @Test
    void scriptsGetTheSameReportAsJson() {
        Staff.exist(accounts);
        Staff.admin().contentType("text/tab-separated-values").body(TSV).post("/api/admin/mass-check")
                .then().statusCode(200)
                .body("report.rows", equalTo(5))
                .body("report.rowsByLabel.clean", equalTo(2))
                .body("report.abuse.truePositives", equalTo(2))
                .body("report.cleanFlagged", equalTo(0))
                .body("rules.size()", greaterThan(0));
    }

    @Test
    void aFileThatIsNotLabelledTextIsRefusedWithAMessage() {
        Staff.exist(accounts);
        Staff.admin().contentType("text/tab-separated-values").body("no tabs here\n").post("/api/admin/mass-check")
                .then().statusCode(400).body("error", containsString("label<TAB>text"));
        Staff.Session session = admin();
        session.request().multiPart("pasted", "   ").multiPart("csrf-token", session.csrfToken())
                .post("/admin/mass-check").then().statusCode(400)
                .body(containsString("Choose a TSV file or paste"));
    }

    @Test
    void onlyAdminsMayMassCheckAndUploadsNeedTheCsrfToken() {
        Staff.exist(accounts);
        Staff.moderator().contentType("text/tab-separated-values").body(TSV).post("/api/admin/mass-check")
                .then().statusCode(403);
        RestAssured.given().contentType("text/tab-separated-values").body(TSV).post("/api/admin/mass-check")
                .then().statusCode(401);
        Staff.Session session = admin();
        session.request().multiPart("pasted", "clean\thello").post("/admin/mass-check").then().statusCode(403);
    }

    @Test
    void aPublicRequestAnnouncingAHugeBodyIsRefusedBeforeItIsRead() {
        RestAssured.given().contentType("application/json").body(new byte[3 * 1024 * 1024])
                .post("/api/articles/any/comments").then().statusCode(413);
    }

    private Staff.Session admin() {
        Staff.Session session = Staff.login(Staff.ADMIN, Staff.ADMIN_PASSWORD);
        var page = session.request().get("/admin/mass-check");
        java.util.Map<String, String> cookies = new java.util.HashMap<>(session.cookies());
        cookies.putAll(page.getCookies());
        return new Staff.Session(session.status(), session.location(), cookies);
    }
}
