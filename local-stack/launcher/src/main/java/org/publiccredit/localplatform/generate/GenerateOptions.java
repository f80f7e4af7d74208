package org.publiccredit.localplatform.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Settings of one generator run.
 *
 * @param asOf the last day of the ten-year window; fixed by default so that output never depends
 *             on the day it is generated
 * @param categories the categories to write (all by default)
 * @param edgeCases also write valid but unusual rows into edge-cases/, apart from the main files
 */
record GenerateOptions(double scale, long seed, Path out, Charset encoding, LocalDate asOf, int threads,
                       Set<String> categories, boolean edgeCases) {

    static final double MAX_SCALE = 10;
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);
    static final String USAGE = "usage: generate --scale <d> --seed <n> --out <dir> [--encoding UTF-8|GB18030]"
            + " [--as-of yyyy-MM-dd] [--threads <n>] [--categories A,B,...] [--edge-cases]";

    static GenerateOptions parse(Path root, List<String> args, List<String> knownCategories) {
        double scale = 1.0;
        long seed = 42;
        Path out = null;
        Charset encoding = StandardCharsets.UTF_8;
        LocalDate asOf = DEFAULT_AS_OF;
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        Set<String> categories = Set.copyOf(knownCategories);
        boolean edgeCases = false;
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (name.equals("--edge-cases")) {
                edgeCases = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("missing value for " + name + "\n" + USAGE);
            }
            String value = args.get(++i);
            try {
                switch (name) {
                    case "--scale" -> scale = Double.parseDouble(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--out" -> out = root.resolve(value).normalize();
                    case "--encoding" -> encoding = encoding(value);
                    case "--as-of" -> asOf = LocalDate.parse(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--categories" -> categories = Set.of(value.split(","));
                    default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("bad value for " + name + ": " + value + "\n" + USAGE, e);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required\n" + USAGE);
        }
        // identifier spaces (6-digit commitment serials, ID sequence numbers) stay collision-free up to 10
        if (!(scale > 0 && scale <= MAX_SCALE) || threads < 1) {
            throw new IllegalArgumentException("--scale must be in (0, " + MAX_SCALE + "] and --threads at least 1\n" + USAGE);
        }
        if (!knownCategories.containsAll(categories)) {
            throw new IllegalArgumentException("unknown category in --categories; known: " + knownCategories);
        }
        return new GenerateOptions(scale, seed, out, encoding, asOf, threads, categories, edgeCases);
    }

    private static Charset encoding(String name) {
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GB18030" -> Charset.forName("GB18030");
            default -> throw new IllegalArgumentException("--encoding must be UTF-8 or GB18030");
        };
    }
}
