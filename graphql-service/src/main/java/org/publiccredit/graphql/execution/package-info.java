/**
 * How Spring for GraphQL runs the controllers' handler methods: on a virtual thread of their own
 * when they may block, on the calling thread when they are marked {@link InMemory}.
 */
@NullMarked
package org.publiccredit.graphql.execution;

import org.jspecify.annotations.NullMarked;
