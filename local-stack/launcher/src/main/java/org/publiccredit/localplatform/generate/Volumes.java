package org.publiccredit.localplatform.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows per category at scale 1.0, for the modelled city: about 108,000 legal persons, 1,036,000
 * natural persons, 140,000 double-publicity records and 24.23 million records in all (domain.md).
 * Arrears and positive records make up the bulk, as routine records do in a real platform.
 */
final class Volumes {

    static final long TOTAL_AT_SCALE_ONE = 24_230_000L;
    private static final Map<String, Long> AT_SCALE_ONE = new LinkedHashMap<>();

    static {
        AT_SCALE_ONE.put("LEGAL_PERSON", 108_000L);
        AT_SCALE_ONE.put("NATURAL_PERSON", 1_036_000L);
        AT_SCALE_ONE.put("ADMINISTRATIVE_LICENSE", 96_000L);
        AT_SCALE_ONE.put("ADMINISTRATIVE_PENALTY", 44_000L);
        AT_SCALE_ONE.put("RED_LIST", 6_000L);
        AT_SCALE_ONE.put("BLACK_LIST", 2_400L);
        AT_SCALE_ONE.put("SEVERE_DISHONEST_LIST", 900L);
        AT_SCALE_ONE.put("ABNORMAL_OPERATION", 13_500L);
        AT_SCALE_ONE.put("TAX_RATING", 620_000L);
        AT_SCALE_ONE.put("COURT_DISHONEST_DEBTOR", 18_000L);
        AT_SCALE_ONE.put("CREDIT_COMMITMENT", 20_000L);
        AT_SCALE_ONE.put("POSITIVE_RECORD", 4_000_000L);
        long others = AT_SCALE_ONE.values().stream().mapToLong(Long::longValue).sum();
        AT_SCALE_ONE.put("OTHER_NEGATIVE", TOTAL_AT_SCALE_ONE - others);
    }

    private Volumes() {
    }

    /** Generated rows (demo rows come on top) of every category at the given scale. */
    static Map<String, Long> at(double scale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        AT_SCALE_ONE.forEach((category, rows) -> counts.put(category, Math.round(rows * scale)));
        long organisations = counts.get("LEGAL_PERSON");
        counts.computeIfPresent("TAX_RATING", (k, v) -> Math.min(v, TaxRatingRows.capacity(Math.max(organisations, 1))));
        return counts;
    }

    static long atScaleOne(String category) {
        return AT_SCALE_ONE.get(category);
    }
}
