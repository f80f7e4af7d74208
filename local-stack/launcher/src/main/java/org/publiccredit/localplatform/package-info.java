/**
 * What {@code ./platform} runs on a developer's machine: the local stack, both services as child
 * processes, and the signing command-line client.
 */
@NullMarked
package org.publiccredit.localplatform;

import org.jspecify.annotations.NullMarked;
