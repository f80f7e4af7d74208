package org.publiccredit.graphql.search;

import org.jspecify.annotations.Nullable;

/**
 * A search for subjects; every given criterion must hold.
 *
 * @param namePart any contiguous part of the name
 * @param town the town's name as registered, e.g. 羊流镇
 */
public record SubjectQuery(@Nullable String namePart, @Nullable SubjectType type, @Nullable String town) {}
