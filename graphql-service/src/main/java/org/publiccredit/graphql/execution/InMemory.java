package org.publiccredit.graphql.execution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler method that only reads what its source object already holds (no Elasticsearch, no
 * remote call, no lock): Spring for GraphQL calls it on the thread that resolves the field instead
 * of handing it to a new virtual thread with a snapshot of the request's context
 * ({@link ControllerExecution}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface InMemory {}
