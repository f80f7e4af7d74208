package org.publiccredit.graphql.search;

import org.jspecify.annotations.Nullable;

/** One page of one subject's records, as a key of a batch. */
public record RecordPageRequest(String subjectId, int first, @Nullable RecordCursor after) {}
