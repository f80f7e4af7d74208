package org.publiccredit.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from any module's working directory (Maven runs tests inside the module). */
public final class RepositoryLayout {

    /** The file that marks the root: the client registry exists only there. */
    static final String MARKER = "config/clients.yml";

    private RepositoryLayout() {
    }

    /** The directory holding {@code config/clients.yml}, searched from the working directory upwards. */
    public static Path root() {
        return findRoot(Path.of("").toAbsolutePath());
    }

    /** {@code root()/config}. */
    public static Path config() {
        return root().resolve("config");
    }

    static Path findRoot(Path start) {
        for (Path dir = start.normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + MARKER + " in " + start + " or any parent: run from inside the repository");
    }
}
