/**
 * What operators see: Prometheus metrics per client, operation and status, served only to the
 * metrics networks. Trace context (W3C traceparent) is Micrometer Tracing's, configured in
 * application.yml.
 */
@NullMarked
package org.publiccredit.gateway.observability;

import org.jspecify.annotations.NullMarked;
