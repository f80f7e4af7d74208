package org.publiccredit.graphql.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publiccredit.graphql.profile.ProfileFixtures.TODAY;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publiccredit.graphql.ServiceIT;
import org.publiccredit.graphql.disclosure.PublicityPolicy;
import org.publiccredit.graphql.disclosure.Viewer;
import org.publiccredit.graphql.search.ElasticsearchRequests;
import org.publiccredit.graphql.search.ProfileQuery;
import org.publiccredit.graphql.search.ProfileReads;
import org.publiccredit.graphql.search.ProfileSearch;
import org.publiccredit.graphql.search.RecordStore;
import org.publiccredit.graphql.search.SubjectType;
import org.publiccredit.graphql.subject.Subject;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole-read cap: a subject with exactly as many records as the cap is read in one search and
 * its profile computed in memory; one record more and its profile is read page by page in
 * Elasticsearch. Either way the profile is the same, page after page, for every viewer.
 */
class ProfileReadsIT extends ServiceIT {

  private static final int CAP = 12;
  private static final String AT_CAP = ProfileFixtures.uscc("CAP", 1);
  private static final String ABOVE_CAP = ProfileFixtures.uscc("CAP", 2);
  private static boolean stored;

  @Autowired
  RecordStore store;
  @Autowired
  ProfileSearch search;
  @Autowired
  PublicityPolicy policy;
  @Autowired
  ElasticsearchClient client;
  @Autowired
  ElasticsearchRequests requests;

  private ProfileAssembler assembler;

  @BeforeEach
  void storeOnce() {
    assembler = new ProfileAssembler(policy);
    if (stored) {
      return;
    }
    var f = new ProfileFixtures(store, jsonMapper).company(AT_CAP, "示范市上限测试有限公司", "羊流镇")
        .company(ABOVE_CAP, "示范市超限测试有限公司", "羊流镇");
    for (String code : List.of(AT_CAP, ABOVE_CAP)) {
      String p = code.equals(AT_CAP) ? "at-" : "above-";
      f.record(code, p + "licence-1", "ADMINISTRATIVE_LICENSE", TODAY.minusDays(100)).add()
          .record(code, p + "licence-2", "ADMINISTRATIVE_LICENSE", TODAY.minusDays(100)).add()
          .record(code, p + "penalty", "ADMINISTRATIVE_PENALTY", TODAY.minusDays(30)).attribute("CFLB", "罚款")
          .attribute("NR_FK", "2").add()
          .record(code, p + "black", "BLACK_LIST", TODAY.minusDays(50)).title("03").attribute("listType", "03")
          .valid(TODAY.minusDays(50), TODAY.plusDays(300)).add()
          .record(code, p + "positive", "POSITIVE_RECORD", TODAY.minusDays(70)).add()
          .record(code, p + "positive-withdrawn", "POSITIVE_RECORD", TODAY.minusDays(80))
          .state(Map.of("withdrawnOn", TODAY.minusDays(1))).add()
          .record(code, p + "arrears-objected", "OTHER_NEGATIVE", TODAY.minusDays(10))
          .state(Map.of("objectionSince", TODAY.minusDays(2))).add()
          .record(code, p + "arrears-settled", "OTHER_NEGATIVE", TODAY.minusDays(20)).valid(null, TODAY.minusDays(1)).add()
          .record(code, p + "arrears-old", "OTHER_NEGATIVE", TODAY.minusYears(6)).add();
      for (int i = 1; i <= 3; i++) {
        f.record(code, p + "arrears-" + i, "OTHER_NEGATIVE", TODAY.minusDays(40L * i)).add();
      }
    }
    f.record(ABOVE_CAP, "above-one-more", "OTHER_NEGATIVE", TODAY.minusDays(5)).add().store();
    stored = true;
  }

  @Test
  void aSubjectAtTheCapIsReadInOneSearchAndOneAboveItPageByPageWithTheSameProfile() {
    assertThat(search.recordsOf(List.of(AT_CAP)).get(AT_CAP).total()).isEqualTo(CAP);
    assertThat(search.recordsOf(List.of(ABOVE_CAP)).get(ABOVE_CAP).total()).isEqualTo(CAP + 1);
    ProfileReads capped = new ProfileReads(client, CAP);

    long before = requests.count();
    CreditProfile atCap = live(AT_CAP, Viewer.INSTITUTION, capped, firstPages());
    assertThat(requests.count() - before).as("requests for a subject at the cap").isEqualTo(1);
    before = requests.count();
    CreditProfile aboveCap = live(ABOVE_CAP, Viewer.INSTITUTION, capped, firstPages());
    assertThat(requests.count() - before).as("requests for a subject above the cap").isEqualTo(2);

    // What a bank sees: the old arrears and the withdrawn positive record are out of public view.
    assertThat(atCap.summary().totalRecords()).isEqualTo(10);
    assertThat(aboveCap.summary().totalRecords()).isEqualTo(11);
    assertThat(atCap.summary().recordsUnderObjection()).isEqualTo(1);
    assertThat(atCap.summary().activeNegativeRecords()).isEqualTo(6); // penalty, black list, 4 arrears in force
    var arrears = atCap.pages().get(new ProfileConnections.PageKey(Section.OTHER_NEGATIVE_RECORDS, 3, null));
    assertThat(arrears.totalCount()).isEqualTo(5);
    assertThat(arrears.pageInfo().hasNextPage()).isTrue();
  }

  @Test
  void bothReadsGiveTheSameProfilePageAfterPageForEveryViewer() {
    ProfileReads inMemory = new ProfileReads(client, 1000);
    ProfileReads pageByPage = new ProfileReads(client, 0);
    for (String code : List.of(AT_CAP, ABOVE_CAP)) {
      for (Viewer viewer : List.of(Viewer.PUBLIC, Viewer.INSTITUTION, Viewer.GOVERNMENT)) {
        CreditProfile first = live(code, viewer, inMemory, firstPages());
        assertThat(live(code, viewer, pageByPage, firstPages())).as(code + " " + viewer).isEqualTo(first);
        List<ProfileConnections.PageKey> next = nextPages(first);
        assertThat(next).as("sections with a second page").isNotEmpty();
        CreditProfile second = live(code, viewer, inMemory, next);
        assertThat(live(code, viewer, pageByPage, next)).as(code + " " + viewer + ", second pages").isEqualTo(second);
        second.pages().values().forEach(page -> assertThat(page.pageInfo().hasPreviousPage()).isTrue());
        // And both agree with every record judged in memory, as a credit report reads them.
        CreditProfile whole = assembler.profile(subject(code), search.recordsOf(List.of(code)).get(code), viewer);
        assertThat(first.summary()).as(code + " " + viewer + " summary").isEqualTo(whole.summary());
      }
    }
  }

  private CreditProfile live(String code, Viewer viewer, ProfileReads reads, List<ProfileConnections.PageKey> pages) {
    ProfileQuery query = assembler.query(code, viewer, pages);
    return assembler.profile(subject(code), query, reads.profiles(List.of(query)).get(query), viewer, pages);
  }

  private static List<ProfileConnections.PageKey> firstPages() {
    List<ProfileConnections.PageKey> pages = new ArrayList<>();
    for (Section section : Section.values()) {
      if (section.paged()) {
        pages.add(new ProfileConnections.PageKey(section, 3, null));
      }
    }
    return pages;
  }

  private static List<ProfileConnections.PageKey> nextPages(CreditProfile profile) {
    List<ProfileConnections.PageKey> next = new ArrayList<>();
    profile.pages().forEach((key, page) -> {
      if (page.pageInfo().hasNextPage()) {
        next.add(new ProfileConnections.PageKey(key.section(), 2, page.pageInfo().endCursor()));
      }
    });
    return next;
  }

  private static Subject subject(String code) {
    return new Subject(code, code, "示范市上限测试有限公司", SubjectType.LEGAL_PERSON, "羊流镇", null);
  }
}
