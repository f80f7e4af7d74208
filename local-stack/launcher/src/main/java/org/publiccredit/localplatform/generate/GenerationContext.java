package org.publiccredit.localplatform.generate;

import java.util.SplittableRandom;
import org.publiccredit.schema.catalog.Catalog;

/** What every row factory may read: the catalog, the city, its subjects, departments and dates. */
record GenerationContext(long seed, Catalog catalog, City city, Subjects subjects, Authorities authorities,
                         Dates dates) {

    /** The random stream of row {@code index} of a category; factories use it to re-derive related rows. */
    SplittableRandom rowRandom(String categoryId, long index) {
        return Seeds.random(seed, Seeds.purpose(categoryId), index);
    }

    /** A subject of a record: an organisation with the given share in per cent, else a resident. */
    Subject anySubject(SplittableRandom random, int organisationPercent) {
        return random.nextInt(100) < organisationPercent ? subjects.anyOrganisation(random) : subjects.anyPerson(random);
    }
}
