package org.publiccredit.schema.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogLoadingTest {

    @Test
    void theServicesReadTheSameCatalogFromTheJarAsToolsReadFromTheRepository() {
        Catalog packaged = Catalog.loadFromClasspath();
        Catalog files = Catalog.loadDirectory(Path.of("src/main/resources/catalog"));

        // compared as text: a compiled Pattern has no value equality
        assertThat(packaged.categories()).hasToString(files.categories().toString());
        assertThat(packaged.enumerations()).isEqualTo(files.enumerations());
        assertThat(packaged.departments()).isEqualTo(files.departments());
        assertThat(packaged.categories()).extracting(CategoryDefinition::id).containsExactlyElementsOf(Catalog.CATEGORY_IDS);
    }
}
