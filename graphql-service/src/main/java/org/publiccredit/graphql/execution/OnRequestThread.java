package org.publiccredit.graphql.execution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A root mutation field whose handler blocks (Elasticsearch, a remote call) but gains nothing from
 * a thread of its own: graphql-java runs a document's mutation fields one after another anyway,
 * and the request's own thread is already a virtual thread ({@code spring.threads.virtual.enabled}
 * in application.yml; without it, a Tomcat worker blocks as in any servlet handler). Called there,
 * the answer is complete when the handler returns, so Spring MVC writes it at once: no new virtual
 * thread, no snapshot of the request's context, no asynchronous dispatch back through the
 * container and the security filters ({@link ControllerExecution}, docs/decisions.md). Only for
 * mutations: a query's root fields do run side by side on their own threads.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnRequestThread {}
