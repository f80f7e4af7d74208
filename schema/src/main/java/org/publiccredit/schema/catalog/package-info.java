/**
 * The data catalog (schema/src/main/resources/catalog) read as Java values, plus the check-character
 * algorithms and a row checker that applies the catalog's rules. The generator builds its rows from
 * these definitions so that generated files and the catalog cannot drift apart.
 */
@NullMarked
package org.publiccredit.schema.catalog;

import org.jspecify.annotations.NullMarked;
