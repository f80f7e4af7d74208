/**
 * The credit profile of a subject (信用档案): its records by section, each with the publicity rule
 * that governs it, filtered for the viewing client, and a summary; loaded in batches.
 */
@NullMarked
package org.publiccredit.graphql.profile;

import org.jspecify.annotations.NullMarked;
