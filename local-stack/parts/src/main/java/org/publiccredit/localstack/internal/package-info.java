/** Elasticsearch plugins of the local node; nothing here is API for the services. */
@NullMarked
package org.publiccredit.localstack.internal;

import org.jspecify.annotations.NullMarked;
