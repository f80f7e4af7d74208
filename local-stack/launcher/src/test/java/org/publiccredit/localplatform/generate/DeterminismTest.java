package org.publiccredit.localplatform.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.publiccredit.schema.catalog.CategoryDefinition;

class DeterminismTest {

    @Test
    void sameSeedGivesByteIdenticalFilesWhateverTheThreadCount() throws IOException {
        Path first = GeneratedCity.generate("determinism-a", "--scale", "0.003", "--seed", "42", "--threads", "1");
        Path second = GeneratedCity.generate("determinism-b", "--scale", "0.003", "--seed", "42", "--threads", "3");
        List<Path> files = files(first);
        assertThat(files).hasSize(14);
        for (Path file : files) {
            assertThat(Files.mismatch(file, second.resolve(file.getFileName().toString()))).as(file.getFileName().toString())
                    .isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesAnotherCity() throws IOException {
        Path first = GeneratedCity.generate("determinism-c", "--scale", "0.001", "--seed", "42",
                "--categories", "NATURAL_PERSON");
        Path other = GeneratedCity.generate("determinism-d", "--scale", "0.001", "--seed", "43",
                "--categories", "NATURAL_PERSON");
        assertThat(Files.mismatch(first.resolve("natural-person.jsonl"), other.resolve("natural-person.jsonl")))
                .isNotEqualTo(-1L);
    }

    @Test
    void gb18030OutputDecodesBackToTheSameText() throws IOException {
        String categories = "ADMINISTRATIVE_LICENSE,ADMINISTRATIVE_PENALTY,NATURAL_PERSON";
        Path utf8 = GeneratedCity.generate("encoding-utf8", "--scale", "0.01", "--seed", "5", "--categories", categories);
        Path gb = GeneratedCity.generate("encoding-gb18030", "--scale", "0.01", "--seed", "5", "--categories", categories,
                "--encoding", "GB18030");
        Charset gb18030 = Charset.forName("GB18030");
        for (CategoryDefinition category : GeneratedCity.catalog().categories()) {
            if (!categories.contains(category.id())) {
                continue;
            }
            byte[] gbBytes = Files.readAllBytes(gb.resolve(category.fileName()));
            byte[] utf8Bytes = Files.readAllBytes(utf8.resolve(category.fileName()));
            assertThat(gbBytes).isNotEqualTo(utf8Bytes);
            assertThat(new String(gbBytes, gb18030)).isEqualTo(new String(utf8Bytes, StandardCharsets.UTF_8));
            assertThat(GeneratedCity.rows(gb, category, gb18030)).isEqualTo(GeneratedCity.rows(utf8, category));
        }
        assertThat(Files.readString(gb.resolve("manifest.json"))).contains("\"encoding\" : \"GB18030\"");
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
