package org.publiccredit.graphql.evaluation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.search.PublicRecord;

/**
 * Year and level of a TAX_RATING record: from its catalog attributes ({@code year}, {@code level}),
 * else from a title like "2024年度纳税信用等级A级" (records of the demo dataset have no attributes).
 */
public final class TaxRatings {

  private static final Pattern TITLE = Pattern.compile("^(\\d{4})年度.*([ABMCD])级$");

  private TaxRatings() {}

  /** The evaluation year; for a record that says nothing, the year before its publication. */
  public static int year(PublicRecord r) {
    String year = r.attribute("year");
    if (year != null) {
      return Integer.parseInt(year);
    }
    Matcher m = TITLE.matcher(r.title());
    return m.matches() ? Integer.parseInt(m.group(1)) : r.decisionDate().getYear() - 1;
  }

  /** A, B, M, C or D; null when the record does not say. */
  public static @Nullable String level(PublicRecord r) {
    String level = r.attribute("level");
    if (level != null) {
      return level;
    }
    if (r.title().length() == 1 && "ABMCD".contains(r.title())) {
      return r.title();
    }
    Matcher m = TITLE.matcher(r.title());
    return m.matches() ? m.group(2) : null;
  }

  /** The score, or null (level D assigned directly has none). */
  public static @Nullable String score(PublicRecord r) {
    return r.attribute("score");
  }
}
