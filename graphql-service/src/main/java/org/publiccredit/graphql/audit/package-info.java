/**
 * What the service tells the gateway's audit about a call (the subjects it touched, its error
 * codes, the declared purpose, in response headers the gateway takes off), and the audit search.
 */
@NullMarked
package org.publiccredit.graphql.audit;

import org.jspecify.annotations.NullMarked;
