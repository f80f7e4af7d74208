package org.publiccredit.localstack;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTest {

    @Test
    void keepsNullsOrderAndTwoDecimalAmounts() {
        String json = JsonText.write(ReportSeed.object("b", null, "a", new BigDecimal("18650.00"), "list", List.of(1, true, "x")));

        assertThat(json).isEqualTo("{\"b\":null,\"a\":18650.00,\"list\":[1,true,\"x\"]}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonText.write("关注 \"a\\b\"\n\u0001")).isEqualTo("\"关注 \\\"a\\\\b\\\"\\n\\u0001\"");
    }
}
