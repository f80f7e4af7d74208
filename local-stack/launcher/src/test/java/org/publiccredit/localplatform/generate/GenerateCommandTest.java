package org.publiccredit.localplatform.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateCommandTest {

    @Test
    void badArgumentsAnswerTwoWithUsage() {
        assertThat(run("--scale", "0.01")).isEqualTo(2);
        assertThat(run("--scale", "-1", "--out", "target/x")).isEqualTo(2);
        assertThat(run("--encoding", "latin1", "--out", "target/x")).isEqualTo(2);
        assertThat(run("--categories", "NOPE", "--out", "target/x")).isEqualTo(2);
        assertThat(run("--bogus", "1", "--out", "target/x")).isEqualTo(2);
    }

    private static int run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GenerateCommand.run(GeneratedCity.root(), List.of(args), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status == 2) {
            assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank();
        }
        return status;
    }
}
