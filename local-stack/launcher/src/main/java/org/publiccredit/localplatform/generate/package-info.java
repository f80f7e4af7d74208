/**
 * {@code ./platform generate}: writes import files for a city of the modelled size, one file per
 * catalog category, built from the catalog's field definitions. Every row is a pure function of
 * (seed, category, row index), which makes the output deterministic, lets chunks be generated in
 * parallel, and lets records refer to subjects without holding them in memory.
 */
@NullMarked
package org.publiccredit.localplatform.generate;

import org.jspecify.annotations.NullMarked;
