/** The GraphQL service: credit subjects and records from Elasticsearch for callers the gateway vouches for. */
@NullMarked
package org.publiccredit.graphql;

import org.jspecify.annotations.NullMarked;
