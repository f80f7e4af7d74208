/** The explainable public-credit scorecard: every point from one record and one configured weight. */
@NullMarked
package org.publiccredit.graphql.evaluation;

import org.jspecify.annotations.NullMarked;
