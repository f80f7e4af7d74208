package org.publiccredit.localplatform.generate;

import java.util.SplittableRandom;

/**
 * Fills row {@code index} of one category. Implementations keep no state between rows: the row
 * depends only on the index and the random stream derived from (seed, category, index).
 */
interface RowFactory {

    void fill(long index, SplittableRandom random, Row row);
}
