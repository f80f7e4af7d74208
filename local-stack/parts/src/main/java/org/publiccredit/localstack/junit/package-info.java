/** JUnit 5 access to the local stack: one Elasticsearch node, Redis and credit-reference stand-in per test JVM. */
@NullMarked
package org.publiccredit.localstack.junit;

import org.jspecify.annotations.NullMarked;
