package org.publiccredit.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publiccredit.localplatform.RunningPlatform.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access by client type through both jars, with the demo registry (config/clients.yml): for each
 * type one call its scopes allow and one they do not. The refused one is a FORBIDDEN error naming
 * the scope, and the gateway's audit holds an event for it with the error code. Then the audit
 * as its readers see it: the administrator's search and a subject's "who queried my credit".
 */
class AccessEndToEndIT {

    private static final JsonMapper JSON = RunningPlatform.JSON;
    private static final HttpClient http = RunningPlatform.HTTP;
    private static final String COMPANY = "91370982MA3C4A1Q19";
    private static final String PERSON = "370982198503120017";
    private static final String DEPARTMENT = "113709820042116306";

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    @Test
    void aBankLooksSubjectsUpButReadsNoRejections() throws Exception {
        assertAllowed(call("demo-bank", "{ subject(code: \"" + COMPANY + "\") { name } }"), "/data/subject/name");
        assertForbidden(call("demo-bank", "{ rejectedRecords(first: 1) { edges { cursor } } }"), "rejections:read");
    }

    @Test
    void theTaxBureauLooksSubjectsUpButSubmitsNoRecords() throws Exception {
        assertAllowed(call("demo-tax", "{ subject(code: \"" + COMPANY + "\") { name } }"), "/data/subject/name");
        assertForbidden(call("demo-tax", "mutation { submitRecords(input: {category: RED_LIST, sourceDepartmentCode: \""
                + DEPARTMENT + "\", records: []}) { __typename } }"), "records:write");
    }

    @Test
    void aDepartmentReadsItsRejectionsButNotTheAudit() throws Exception {
        assertAllowed(call("demo-dept", "{ rejectedRecords(first: 1) { pageInfo { hasNextPage } } }"),
                "/data/rejectedRecords/pageInfo");
        assertForbidden(call("demo-dept", "{ auditEvents(first: 1) { edges { cursor } } }"), "audit:read");
    }

    @Test
    void aPortalReadsWhoQueriedItsSubjectButLooksNoSubjectUp() throws Exception {
        Answer lookup = call("demo-bank", "{ subject(code: \"" + PERSON + "\") { name } }");
        awaitAuditEvent(lookup.requestId());

        Answer inquiries = call("demo-portal", "{ creditInquiries(subjectCode: \"" + PERSON + "\", first: 100) {"
                + " edges { node { clientName clientType time purpose operation } } } }");
        assertAllowed(inquiries, "/data/creditInquiries/edges");
        List<String> names = new ArrayList<>();
        inquiries.body().at("/data/creditInquiries/edges").forEach(e -> names.add(e.at("/node/clientName").asString()));
        assertThat(names).contains("示范农商银行 (demo bank)");
        assertThat(inquiries.body().toString()).doesNotContain(PERSON);

        Answer refused = call("demo-portal", "{ subject(code: \"" + COMPANY + "\") { name } }");
        assertForbidden(refused, "subject:read");
    }

    @Test
    void anAdministratorSearchesTheAuditButSubmitsNoRecords() throws Exception {
        Answer refused = call("demo-portal", "{ subject(code: \"" + COMPANY + "\") { name } }");
        awaitAuditEvent(refused.requestId());

        Answer search = call("demo-admin", "{ auditEvents(filter: {clientId: \"demo-portal\", operation: \"subject\"},"
                + " first: 100) { edges { node { requestId clientType status errorCodes } } } }");
        assertAllowed(search, "/data/auditEvents/edges");
        JsonNode found = null;
        for (JsonNode edge : search.body().at("/data/auditEvents/edges")) {
            if (edge.at("/node/requestId").asString().equals(refused.requestId())) {
                found = edge.get("node");
            }
        }
        assertThat(found).as("the portal's refused call in the admin's search").isNotNull();
        assertThat(found.at("/errorCodes/0").asString()).isEqualTo("FORBIDDEN");
        assertThat(found.at("/clientType").asString()).isEqualTo("PORTAL");

        assertForbidden(call("demo-admin", "mutation { submitRecords(input: {category: RED_LIST, sourceDepartmentCode: \""
                + DEPARTMENT + "\", records: []}) { __typename } }"), "records:write");
    }

    @Test
    void introspectionIsForDevelopersOnly() throws Exception {
        String query = "{ __schema { queryType { name } } }";
        assertAllowed(call("demo-admin", query), "/data/__schema/queryType/name");
        JsonNode refused = call("demo-bank", query).body();
        assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("INTROSPECTION_DISABLED");
    }

    private static void assertAllowed(Answer answer, String pointer) {
        assertThat(answer.body().has("errors")).as(answer.body().toString()).isFalse();
        assertThat(answer.body().at(pointer).isMissingNode() || answer.body().at(pointer).isNull())
                .as(answer.body().toString()).isFalse();
    }

    private static void assertForbidden(Answer answer, String scope) throws Exception {
        JsonNode error = answer.body().at("/errors/0");
        assertThat(error.at("/extensions/classification").asString()).as(answer.body().toString()).isEqualTo("FORBIDDEN");
        assertThat(error.at("/extensions/scope").asString()).isEqualTo(scope);
        JsonNode event = awaitAuditEvent(answer.requestId());
        assertThat(event.at("/errorCodes").toString()).contains("FORBIDDEN");
        assertThat(event.at("/status").asInt()).isEqualTo(200);
    }

    /** The event of this request once the gateway drained it into Elasticsearch. */
    private static JsonNode awaitAuditEvent(String requestId) throws Exception {
        URI search = platform.elasticsearchUri().resolve("/audit-events/_search");
        String query = "{\"query\":{\"term\":{\"requestId\":\"" + requestId + "\"}}}";
        for (int i = 0; i < 80; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(search)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode hits = JSON.readTree(response.body()).at("/hits/hits");
                if (hits.size() > 0) {
                    return hits.get(0).get("_source");
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no audit event for request " + requestId);
    }

    private static Answer call(String client, String query) throws Exception {
        Answer answer = RunningPlatform.call(client, query);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Audit-Subjects")).isEmpty();
        assertThat(answer.headers().firstValue("X-Audit-Errors")).isEmpty();
        return answer;
    }
}
