package org.publiccredit.localstack;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes generated reports as JSON. Not WireMock's bundled mapper: that one drops null members, while the
 * contract requires nullable members (e.g. a card's {@code fiveLevelClassification}) to be present. Amounts
 * stay plain decimals ({@code 18650.00}, never {@code 1.865E+4}).
 */
final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonText() {
    }

    static String write(@Nullable Object value) {
        return JSON.writeValueAsString(value);
    }
}
