package org.publiccredit.schema.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The whole data catalog: categories in the order of {@link #CATEGORY_IDS}, the shared
 * enumerations and the reporting departments.
 */
public final class Catalog {

    /** Where the catalog lives, relative to the repository root. */
    public static final Path LOCATION = Path.of("schema", "src", "main", "resources", "catalog");

    /** Every category id, in the order the generator writes them. */
    public static final List<String> CATEGORY_IDS = List.of(
            "LEGAL_PERSON", "NATURAL_PERSON", "ADMINISTRATIVE_LICENSE", "ADMINISTRATIVE_PENALTY", "RED_LIST",
            "BLACK_LIST", "SEVERE_DISHONEST_LIST", "ABNORMAL_OPERATION", "TAX_RATING", "COURT_DISHONEST_DEBTOR",
            "CREDIT_COMMITMENT", "POSITIVE_RECORD", "OTHER_NEGATIVE");

    private final Map<String, CategoryDefinition> categories;
    private final Map<String, Enumeration> enumerations;
    private final List<Department> departments;

    Catalog(Map<String, CategoryDefinition> categories, Map<String, Enumeration> enumerations,
            List<Department> departments) {
        this.categories = categories;
        this.enumerations = enumerations;
        this.departments = departments;
    }

    /** Loads the catalog of the repository at {@code repositoryRoot}. */
    public static Catalog load(Path repositoryRoot) {
        return loadDirectory(repositoryRoot.resolve(LOCATION));
    }

    public static Catalog loadDirectory(Path directory) {
        CatalogParser parser = new CatalogParser();
        Map<String, CategoryDefinition> byId = new LinkedHashMap<>();
        for (Path file : categoryFiles(directory)) {
            CategoryDefinition category = parser.category(CatalogParser.read(file));
            byId.put(category.id(), category);
        }
        Map<String, CategoryDefinition> ordered = new LinkedHashMap<>();
        for (String id : CATEGORY_IDS) {
            CategoryDefinition category = byId.get(id);
            if (category == null) {
                throw new IllegalStateException("the catalog has no file for category " + id);
            }
            ordered.put(id, category);
        }
        return new Catalog(ordered, parser.enumerations(CatalogParser.read(directory.resolve("enumerations.json"))),
                parser.departments(CatalogParser.read(directory.resolve("departments.json"))));
    }

    /**
     * Loads the catalog packaged in the schema jar ({@code classpath:catalog/}), as the services
     * do. Category files are named after their id: {@code ADMINISTRATIVE_PENALTY} ->
     * {@code administrative-penalty.json}.
     */
    public static Catalog loadFromClasspath() {
        CatalogParser parser = new CatalogParser();
        Map<String, CategoryDefinition> ordered = new LinkedHashMap<>();
        for (String id : CATEGORY_IDS) {
            String file = id.toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
            ordered.put(id, parser.category(resource(file)));
        }
        return new Catalog(ordered, parser.enumerations(resource("enumerations.json")),
                parser.departments(resource("departments.json")));
    }

    private static JsonNode resource(String name) {
        try (InputStream in = Catalog.class.getResourceAsStream("/catalog/" + name)) {
            if (in == null) {
                throw new IllegalStateException("catalog/" + name + " is not on the classpath (the schema jar)");
            }
            return CatalogParser.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog/" + name, e);
        }
    }

    /** Every *.json file of the catalog directory except the JSON Schema itself. */
    public static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("catalog.schema.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> categoryFiles(Path directory) {
        return files(directory).stream()
                .filter(f -> !f.getFileName().toString().equals("enumerations.json"))
                .filter(f -> !f.getFileName().toString().equals("departments.json"))
                .toList();
    }

    public List<CategoryDefinition> categories() {
        return List.copyOf(categories.values());
    }

    public CategoryDefinition category(String id) {
        CategoryDefinition category = categories.get(id);
        if (category == null) {
            throw new IllegalArgumentException("unknown category " + id);
        }
        return category;
    }

    public Enumeration enumeration(String id) {
        Enumeration enumeration = enumerations.get(id);
        if (enumeration == null) {
            throw new IllegalArgumentException("unknown enumeration " + id);
        }
        return enumeration;
    }

    public Map<String, Enumeration> enumerations() {
        return Map.copyOf(enumerations);
    }

    public List<Department> departments() {
        return departments;
    }

    /** Departments that may report the category, in file order. */
    public List<Department> departmentsReporting(String categoryId) {
        return departments.stream().filter(d -> d.reports(categoryId)).toList();
    }
}
