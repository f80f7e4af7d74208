package org.publiccredit.localplatform.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.publiccredit.schema.catalog.Catalog;

/**
 * {@code ./platform generate --scale <d> --seed <n> --out <dir>}: writes one import file per catalog
 * category (CSV with national column codes for double publicity, JSON Lines otherwise) plus
 * manifest.json. Relative {@code --out} paths are resolved against the repository root.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    /** Answers the process exit status: 0 done, 1 failed, 2 bad arguments. */
    public static int run(Path root, List<String> args, PrintStream out, PrintStream err) {
        GenerateOptions options;
        Catalog catalog;
        try {
            catalog = Catalog.load(root);
            options = GenerateOptions.parse(root, args, Catalog.CATEGORY_IDS);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("cannot read the data catalog under " + root.resolve(Catalog.LOCATION) + ": " + e.getMessage());
            return 1;
        }
        out.printf("generating scale %s, seed %d, as of %s, %s, %d threads into %s%n", options.scale(), options.seed(),
                options.asOf(), options.encoding().name(), options.threads(), options.out());
        long started = System.nanoTime();
        try {
            Manifest manifest = new CityGenerator(catalog, options).run(out);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("%,d rows in %.1f s (%,.0f rows/s); manifest: %s%n", manifest.totalRows(), seconds,
                    manifest.totalRows() / Math.max(seconds, 1e-9), options.out().resolve(Manifest.FILE_NAME));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("generation failed: " + e);
            return 1;
        }
    }
}
