package org.publiccredit.localplatform.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.CategoryDefinition;

/** Generates every requested category file and the manifest for one run. */
final class CityGenerator {

    private final Catalog catalog;
    private final GenerateOptions options;

    CityGenerator(Catalog catalog, GenerateOptions options) {
        this.catalog = catalog;
        this.options = options;
    }

    Manifest run(PrintStream progress) throws IOException {
        Map<String, Long> counts = Volumes.at(options.scale());
        City city = new City(catalog.enumeration("TOWN"));
        Dates dates = Dates.tenYearsTo(options.asOf());
        Subjects subjects = new Subjects(options.seed(), counts.get("NATURAL_PERSON"), counts.get("LEGAL_PERSON"), city, dates);
        GenerationContext context = new GenerationContext(options.seed(), catalog, city, subjects, new Authorities(catalog), dates);
        DemoRows demo = new DemoRows(context);
        Files.createDirectories(options.out());
        List<Manifest.Entry> entries = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "generate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CategoryWriter writer = new CategoryWriter(context, pool, options.threads(), options.encoding());
            for (CategoryDefinition category : catalog.categories()) {
                if (!options.categories().contains(category.id())) {
                    continue;
                }
                long started = System.nanoTime();
                var file = options.out().resolve(category.fileName());
                var demoRows = demo.rows(category.id(), () -> new Row(category, Row.positions(category)));
                long rows = writer.write(file, category, demoRows, counts.get(category.id()), factory(category.id(), context));
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.printf("%-24s %,12d rows  %7.1f s  %s%n", category.id(), rows, seconds, file.getFileName());
                entries.add(new Manifest.Entry(category.id(), category.fileName(), category.importFormat(), rows,
                        demoRows.size(), Files.size(file)));
            }
        } finally {
            pool.shutdownNow();
        }
        if (options.edgeCases()) {
            new EdgeCases(context).write(options.out(), options.encoding());
            progress.printf("edge cases: %s%n", options.out().resolve(EdgeCases.DIRECTORY));
        }
        Manifest manifest = new Manifest(options, subjects.organisations(), subjects.persons(), entries);
        manifest.write(options.out().resolve(Manifest.FILE_NAME));
        return manifest;
    }

    static RowFactory factory(String categoryId, GenerationContext context) {
        return switch (categoryId) {
            case "LEGAL_PERSON" -> BaseRows.legalPersons(context);
            case "NATURAL_PERSON" -> BaseRows.naturalPersons(context);
            case "ADMINISTRATIVE_LICENSE" -> new LicenceRows(context);
            case "ADMINISTRATIVE_PENALTY" -> new PenaltyRows(context);
            case "RED_LIST" -> ListRows.red(context);
            case "BLACK_LIST" -> ListRows.black(context);
            case "SEVERE_DISHONEST_LIST" -> ListRows.severe(context);
            case "ABNORMAL_OPERATION" -> new AbnormalOperationRows(context);
            case "TAX_RATING" -> new TaxRatingRows(context);
            case "COURT_DISHONEST_DEBTOR" -> new CourtRows(context);
            case "CREDIT_COMMITMENT" -> new CommitmentRows(context);
            case "POSITIVE_RECORD" -> new PositiveRows(context);
            case "OTHER_NEGATIVE" -> new NegativeRows(context);
            default -> throw new IllegalArgumentException("no generator for category " + categoryId);
        };
    }
}
