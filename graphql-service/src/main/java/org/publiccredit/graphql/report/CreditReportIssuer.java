package org.publiccredit.graphql.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.publiccredit.graphql.disclosure.Viewer;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.profile.CreditProfile;
import org.publiccredit.graphql.profile.ProfileAssembler;
import org.publiccredit.graphql.search.CreditReports;
import org.publiccredit.graphql.search.ProfileSearch;
import org.publiccredit.graphql.search.StoredReport;
import org.publiccredit.graphql.search.SubjectRecords;
import org.publiccredit.graphql.search.SubjectType;
import org.publiccredit.graphql.security.Caller;
import org.publiccredit.graphql.subject.Subject;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Issues reports (profile, number, code), stores them as issued and verifies them. */
@Component
@EnableConfigurationProperties(ReportProperties.class)
class CreditReportIssuer {

  private static final String NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final CreditReports reports;
  private final ProfileSearch search;
  private final ProfileAssembler assembler;
  private final VerificationCodes codes;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  CreditReportIssuer(CreditReports reports, ProfileSearch search, ProfileAssembler assembler,
      ReportProperties properties, Clock clock) {
    this.reports = reports;
    this.search = search;
    this.assembler = assembler;
    this.codes = new VerificationCodes(readKey(properties));
    this.clock = clock;
  }

  CreditReport issue(Subject subject, Caller caller) {
    Viewer viewer = Viewer.of(caller);
    SubjectRecords records = search.recordsOf(List.of(subject.subjectId())).getOrDefault(subject.subjectId(), SubjectRecords.NONE);
    CreditProfile profile = assembler.profile(subject, records, viewer);
    Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String number = number(issuedAt);
    String shownCode = subject.type() == SubjectType.NATURAL_PERSON ? IdNumberProtector.mask(subject.code()) : subject.code();
    String content = ReportContent.of(number, issuedAt, caller.clientId(), viewer, subject, shownCode, profile);
    String code = codes.code(number, content);
    reports.store(new StoredReport(number, issuedAt.toString(), caller.clientId(), subject.subjectId(), subject.name(),
        content, code));
    return new CreditReport(number, issuedAt.toString(), code,
        new CreditReport.ReportSubject(shownCode, subject.name(), subject.type().name(), subject.town()),
        profile, profile.summary(), "/credit-reports/" + number + ".pdf");
  }

  CreditReportVerification verify(String number, String presentedCode) {
    Optional<StoredReport> stored = reports.find(number.strip());
    if (stored.isEmpty()) {
      return new CreditReportVerification(CreditReportVerification.Status.UNKNOWN, null, null, null);
    }
    StoredReport report = stored.get();
    boolean storedIntact = codes.matches(report.verificationCode(), report.number(), report.content());
    boolean presentedMatches = codes.matches(presentedCode, report.number(), report.content());
    if (!storedIntact || !presentedMatches) {
      return new CreditReportVerification(CreditReportVerification.Status.ALTERED, report.number(), null, null);
    }
    return new CreditReportVerification(CreditReportVerification.Status.GENUINE, report.number(), report.issuedAt(),
        report.subjectName());
  }

  /** The stored report, only for the client it was issued to (or a platform administrator). */
  Optional<StoredReport> issuedTo(String number, Caller caller) {
    return reports.find(number).filter(r -> r.issuedTo().equals(caller.clientId())
        || "PLATFORM_ADMIN".equals(caller.clientType()));
  }

  /** CR + issue day (China) + 10 random base32 characters: unique and not guessable. */
  private String number(Instant issuedAt) {
    StringBuilder number = new StringBuilder("CR").append(LocalDate.ofInstant(issuedAt, CHINA).format(DAY)).append('-');
    for (int i = 0; i < 10; i++) {
      number.append(NUMBER_ALPHABET.charAt(random.nextInt(NUMBER_ALPHABET.length())));
    }
    return number.toString();
  }

  private static byte[] readKey(ReportProperties properties) {
    try {
      return Base64.getDecoder().decode(properties.verificationKey().getContentAsString(StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the report verification key " + properties.verificationKey().getDescription(), e);
    }
  }
}
