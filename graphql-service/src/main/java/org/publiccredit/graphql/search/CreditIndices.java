package org.publiccredit.graphql.search;

import java.util.List;

/** The indices this service owns, each created from a template in schema/elasticsearch. */
enum CreditIndices {
  SUBJECTS("credit-subjects"),
  RECORDS("credit-records"),
  HISTORY("credit-record-history"),
  REJECTIONS("ingest-rejections"),
  /** Dual-checks banks ran (lending), kept to show later who checked whom and why. */
  DUAL_CHECKS("dual-checks"),
  /** Credit reports as issued, for verification and the PDF. */
  REPORTS("credit-reports");

  private final String indexName;

  CreditIndices(String indexName) {
    this.indexName = indexName;
  }

  String indexName() {
    return indexName;
  }

  String templateName() {
    return indexName + "-template";
  }

  String templateLocation() {
    return "elasticsearch/" + indexName + ".template.json";
  }

  static List<CreditIndices> all() {
    return List.of(values());
  }
}
