/**
 * Credit reports: a profile issued under a number with a verification code (HMAC over the
 * canonical content), stored as issued, verified on request and rendered as PDF.
 */
@NullMarked
package org.publiccredit.graphql.report;

import org.jspecify.annotations.NullMarked;
