package org.publiccredit.localstack;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like;

/**
 * Answers report requests for subjects without a fixed mapping: validates the request like the real service and
 * returns a report generated from the subject code, so the same code always gets the same report. Mappings opt in
 * with {@code "transformers": ["generated-credit-report"]}.
 */
final class GeneratedReportTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "generated-credit-report";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition stubbed = serveEvent.getResponseDefinition();
        ReportRequest request;
        try {
            request = ReportRequest.parse(Json.read(serveEvent.getRequest().getBodyAsString(), Map.class));
        } catch (RuntimeException unreadable) {
            return error(stubbed, 400, "INVALID_REQUEST", "The body is not a JSON report request.");
        }
        String problem = request.problem();
        if (problem != null) {
            return error(stubbed, 400, request.problemCode(), problem);
        }
        Map<String, Object> report = request.isPerson()
            ? GeneratedPersonReports.build(request)
            : GeneratedEnterpriseReports.build(request);
        return like(stubbed)
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(JsonText.write(report))
            .build();
    }

    private static ResponseDefinition error(ResponseDefinition stubbed, int status, String code, String message) {
        return like(stubbed)
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody(ErrorBodies.of(code, message))
            .build();
    }
}
