package org.publiccredit.localstack;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The central bank's credit reference service as seen through a bank's front-end processor: WireMock on 127.0.0.1
 * serving the mappings under {@code config/credit-reference/} (contract in
 * {@code schema/src/main/resources/credit-reference/credit-reference-api.yaml}). Tests switch it to slow or failing and
 * back; developers do the same with curl against {@code /__admin} (see {@code config/credit-reference/README.md}).
 */
public final class CreditReferenceStandIn implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CreditReferenceStandIn.class);
    static final String REPORTS_PATH = "/credit-reference/v2/reports";
    /** Above every mapping file (those use 5 and up), so a failure answers every report request. */
    static final int OVERRIDE_PRIORITY = 1;

    private final WireMockServer server;
    private final URI baseUrl;
    /** Metadata marking the override stub, so a second failWith replaces it (same as the curl recipe). */
    private static final String FAILURE = "failure";

    private Duration delay = Duration.ZERO;

    private CreditReferenceStandIn(WireMockServer server) {
        this.server = server;
        this.baseUrl = URI.create("http://127.0.0.1:" + server.port());
    }

    /** Starts on {@code port} (0 picks a free port) with {@code mappingsRoot/mappings} and {@code mappingsRoot/__files}. */
    public static CreditReferenceStandIn start(int port, Path mappingsRoot) {
        return start(port, mappingsRoot, true);
    }

    /**
     * As {@link #start(int, Path)}; without the request journal when {@code requestJournal} is false. The journal
     * (what {@code /__admin/requests} shows and tests count attempts from) copies every request and was about a fifth
     * of the stand-in's CPU per report; benchmarks turn it off, since the stand-in shares the cores with what they
     * measure (docs/benchmarks-history.md, issue 6). WireMock logs no line per request either way: its default notifier
     * is not verbose, and the stand-in does not even format the line (stub request logging disabled).
     */
    public static CreditReferenceStandIn start(int port, Path mappingsRoot, boolean requestJournal) {
        Path root = mappingsRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("mappings"))) {
            throw new IllegalArgumentException("no mappings directory under " + root);
        }
        WireMockConfiguration options = WireMockConfiguration.options()
            .bindAddress("127.0.0.1")
            .port(FreePorts.resolve(port))
            .usingFilesUnderDirectory(root.toString())
            .extensions(new GeneratedReportTransformer(), new FixedReportTransformer(root.resolve("__files")))
            .containerThreads(16)
            // Delays are scheduled, not slept in a Jetty thread: with 16 threads a 100 ms delay
            // would cap the stand-in at about 130 answers a second, and the dual-check benchmark
            // (issue 6: >= 300 checks/s against a 100 ms remote) would measure WireMock instead.
            .asynchronousResponseEnabled(true)
            .asynchronousResponseThreads(4)
            // WireMock formats every request and its matched response definition (a JSON
            // serialisation) for a log line before asking the notifier, which drops it unless
            // verbose: a sixth of the stand-in's allocation per report (docs/decisions.md).
            .stubRequestLoggingDisabled(true)
            .jettyAcceptors(1);
        WireMockServer server = new WireMockServer(requestJournal ? options.maxRequestJournalEntries(500)
            : options.disableRequestJournal());
        server.start();
        log.info("credit-reference stand-in on http://127.0.0.1:{} with {} mappings from {}",
            server.port(), server.listAllStubMappings().getMappings().size(), root);
        return new CreditReferenceStandIn(server);
    }

    /** {@code http://127.0.0.1:<port>}; reports are under {@code /credit-reference/v2/}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Every report (fixed, generated or failure) answers after {@code delay}; the health endpoint stays fast. */
    public synchronized void respondSlowly(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + delay);
        }
        this.delay = delay;
        for (StubMapping stub : server.listAllStubMappings().getMappings()) {
            if (isReportStub(stub)) {
                stub.setResponse(ResponseDefinitionBuilder.like(stub.getResponse()).withFixedDelay(delayMillis()).build());
                server.editStubMapping(stub);
            }
        }
    }

    /** Every report request answers with {@code status} and a JSON error body (e.g. 503, 500, 429). */
    public synchronized void failWith(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        server.removeStubsByMetadata(matchingJsonPath("$.standIn", equalTo(FAILURE)));
        server.stubFor(post(urlPathEqualTo(REPORTS_PATH))
            .atPriority(OVERRIDE_PRIORITY)
            .withMetadata(Map.of("standIn", FAILURE))
            .willReturn(aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withFixedDelay(delayMillis())
                .withBody(ErrorBodies.forStatus(status))));
    }

    /** Back to the mapping files as loaded: no delay, no failure, empty request journal. */
    public synchronized void reset() {
        delay = Duration.ZERO;
        server.resetToDefaultMappings();
        server.resetRequests();
        server.updateGlobalSettings(GlobalSettings.defaults());
    }

    @Override
    public synchronized void close() {
        if (server.isRunning()) {
            server.stop();
            log.info("credit-reference stand-in on {} stopped", baseUrl);
        }
    }

    private @Nullable Integer delayMillis() {
        return delay.isZero() ? null : Math.toIntExact(delay.toMillis());
    }

    private static boolean isReportStub(StubMapping stub) {
        RequestPattern request = stub.getRequest();
        return Objects.equals(request.getMethod(), RequestMethod.POST) && REPORTS_PATH.equals(path(request));
    }

    private static @Nullable String path(RequestPattern request) {
        String path = request.getUrlPath();
        return path != null ? path : request.getUrl();
    }
}
