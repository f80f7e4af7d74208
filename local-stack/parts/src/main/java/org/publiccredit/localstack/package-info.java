/**
 * Real servers for one machine: an in-process Elasticsearch node, a redis-server process and the credit-reference
 * stand-in. Used by tests and the local launcher only, never on a service's runtime classpath.
 */
@NullMarked
package org.publiccredit.localstack;

import org.jspecify.annotations.NullMarked;
