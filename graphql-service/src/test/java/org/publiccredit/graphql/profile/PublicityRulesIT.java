package org.publiccredit.graphql.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publiccredit.graphql.profile.ProfileFixtures.TODAY;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.ServiceIT;
import org.publiccredit.graphql.disclosure.MovableClock;
import org.publiccredit.graphql.disclosure.PublicityPolicy;
import org.publiccredit.graphql.disclosure.PublicityRules;
import org.publiccredit.graphql.disclosure.Viewer;
import org.publiccredit.graphql.search.ProfileQuery;
import org.publiccredit.graphql.search.ProfileReads;
import org.publiccredit.graphql.search.ProfileSearch;
import org.publiccredit.graphql.search.RecordStore;
import org.publiccredit.graphql.subject.Subject;
import org.publiccredit.graphql.search.SubjectType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every publicity rule over records read back from the real Elasticsearch node, with the clock
 * moved across each rule's boundary: what a bank sees on the last public day and the day after.
 * Each time every way a profile is read must agree: every record judged in memory (a report), the
 * live profile of a subject read whole (below the cap), and the live profile of a subject above the
 * cap, whose paged sections Elasticsearch filters and counts by the same rules.
 */
class PublicityRulesIT extends ServiceIT {

  private static final String CODE = ProfileFixtures.uscc("CLK", 1);
  private static final LocalDate D = TODAY.minusYears(7);
  private static boolean stored;

  @Autowired
  RecordStore store;
  @Autowired
  ProfileSearch search;
  @Autowired
  PublicityRules rules;
  @Autowired
  ProfileReads reads;
  @Autowired
  ElasticsearchClient client;

  private final MovableClock clock = MovableClock.on(D);
  private ProfileAssembler assembler;
  /** Reads every profile as a subject with more records than the whole-read cap: page by page in Elasticsearch. */
  private ProfileReads pagedReads;

  @BeforeEach
  void setUp() {
    pagedReads = new ProfileReads(client, 0);
    assembler = new ProfileAssembler(new PublicityPolicy(rules, clock));
    if (stored) {
      return;
    }
    new ProfileFixtures(store, jsonMapper).company(CODE, "示范市时钟测试有限公司", "翟镇")
        .record(CODE, "clk-warning", "ADMINISTRATIVE_PENALTY", D).attribute("CFLB", "警告").add()
        .record(CODE, "clk-minor", "ADMINISTRATIVE_PENALTY", D).attribute("CFLB", "通报批评").add()
        .record(CODE, "clk-general", "ADMINISTRATIVE_PENALTY", D).attribute("CFLB", "罚款").attribute("NR_FK", "5").add()
        .record(CODE, "clk-severe", "ADMINISTRATIVE_PENALTY", D).attribute("CFLB", "责令停产停业").add()
        .record(CODE, "clk-black", "BLACK_LIST", D).attribute("listType", "01").add()
        .record(CODE, "clk-licence", "ADMINISTRATIVE_LICENSE", D).add()
        .record(CODE, "clk-repaired", "SEVERE_DISHONEST_LIST", D).state(Map.of("repairedOn", D.plusYears(1))).add()
        .record(CODE, "clk-withdrawn", "ADMINISTRATIVE_PENALTY", D).attribute("CFLB", "罚款")
        .state(Map.of("withdrawnOn", D.plusDays(20))).add()
        .record(CODE, "clk-objection", "OTHER_NEGATIVE", D).state(Map.of("objectionSince", D.plusDays(3))).add()
        .record(CODE, "clk-settled", "OTHER_NEGATIVE", D).valid(null, D.plusMonths(6)).add()
        .record(CODE, "clk-positive-withdrawn", "POSITIVE_RECORD", D).state(Map.of("withdrawnOn", D.plusDays(10))).add()
        .store();
    stored = true;
  }

  @Test
  void eachRuleEndsPublicityOnItsDay() {
    assertBankSeesUntil("clk-minor", D.plusMonths(3).minusDays(1));
    assertBankSeesUntil("clk-general", D.plusYears(1).minusDays(1));
    assertBankSeesUntil("clk-severe", D.plusYears(3).minusDays(1));
    assertBankSeesUntil("clk-black", D.plusYears(5).minusDays(1));
    assertBankSeesUntil("clk-repaired", D.plusYears(1).minusDays(1));
    assertBankSeesUntil("clk-withdrawn", D.plusDays(19));
    assertBankSeesUntil("clk-objection", D.plusYears(5).minusDays(1));
    assertBankSeesUntil("clk-settled", D.plusYears(5).minusDays(1));
    assertBankSeesUntil("clk-positive-withdrawn", D.plusDays(9));
  }

  @Test
  void warningsAreNeverPublicAndLicencesAlwaysAre() {
    for (LocalDate day : List.of(D, D.plusYears(6))) {
      clock.setDay(day);
      assertThat(bankSees()).doesNotContain("clk-warning").contains("clk-licence");
      assertThat(ids(Viewer.GOVERNMENT)).contains("clk-warning", "clk-repaired", "clk-withdrawn");
    }
  }

  @Test
  void anObjectionFlagsTheRecordFromItsDay() {
    clock.setDay(D.plusDays(2));
    assertThat(underObjection()).isZero();
    clock.setDay(D.plusDays(3));
    assertThat(underObjection()).isEqualTo(1);
  }

  private void assertBankSeesUntil(String id, LocalDate lastDay) {
    clock.setDay(lastDay);
    assertThat(bankSees()).as(id + " on " + lastDay).contains(id);
    clock.setDay(lastDay.plusDays(1));
    assertThat(bankSees()).as(id + " on " + lastDay.plusDays(1)).doesNotContain(id);
    assertThat(ids(Viewer.GOVERNMENT)).contains(id);
  }

  private List<String> bankSees() {
    return ids(Viewer.INSTITUTION);
  }

  private List<String> ids(Viewer viewer) {
    CreditProfile whole = profile(viewer);
    CreditProfile live = live(viewer, reads);
    assertThat(live(viewer, pagedReads)).as("in memory and page by page on " + clock.instant()).isEqualTo(live);
    List<String> ids = whole.records().stream().map(ProfileRecord::id).toList();
    List<String> liveIds = new ArrayList<>(live.records().stream().map(ProfileRecord::id).toList());
    live.pages().values().forEach(page -> page.edges().forEach(edge -> liveIds.add(edge.node().id())));
    assertThat(liveIds).as("live profile on " + clock.instant()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(live.summary()).as("live summary on " + clock.instant()).isEqualTo(whole.summary());
    return ids;
  }

  private int underObjection() {
    ids(Viewer.INSTITUTION); // both ways agree
    return profile(Viewer.INSTITUTION).summary().recordsUnderObjection();
  }

  private CreditProfile profile(Viewer viewer) {
    return assembler.profile(subject(), search.recordsOf(List.of(CODE)).get(CODE), viewer);
  }

  /**
   * The live profile, every paged section's first 20 (top hits of the profile's search) and first
   * 100 (a search of its own, past the top hits' window): both must hold the same records.
   */
  private CreditProfile live(Viewer viewer, ProfileReads using) {
    List<ProfileConnections.PageKey> pages = new ArrayList<>();
    for (Section section : Section.values()) {
      if (section.paged()) {
        pages.add(new ProfileConnections.PageKey(section, 20, null));
        pages.add(new ProfileConnections.PageKey(section, 100, null));
      }
    }
    ProfileQuery query = assembler.query(CODE, viewer, pages);
    CreditProfile live = assembler.profile(subject(), query, using.profiles(List.of(query)).get(query), viewer, pages);
    for (Section section : Section.values()) {
      if (section.paged()) {
        var small = live.pages().get(new ProfileConnections.PageKey(section, 20, null));
        var large = live.pages().get(new ProfileConnections.PageKey(section, 100, null));
        assertThat(small).as(section.name()).isEqualTo(large);
        assertThat(small.totalCount()).isEqualTo(small.edges().size());
      }
    }
    // Each paged section once in the ids (the 20s; the 100s are equal).
    return new CreditProfile(live.subject(), live.registration(), live.records(),
        Map.copyOf(live.pages().entrySet().stream().filter(e -> e.getKey().first() == 20)
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
        true, live.summary(), live.complete());
  }

  private static Subject subject() {
    return new Subject(CODE, CODE, "示范市时钟测试有限公司", SubjectType.LEGAL_PERSON, "翟镇", null);
  }
}
