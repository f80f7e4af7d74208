package org.publiccredit.localplatform.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.publiccredit.schema.catalog.CategoryDefinition;

/**
 * Streams one category file: chunks of rows are generated on the pool and written strictly in
 * order, with a bounded number in flight, so memory stays constant and output is byte-identical
 * whatever the thread count.
 */
final class CategoryWriter {

    static final int CHUNK_ROWS = 8192;

    private final GenerationContext context;
    private final ExecutorService pool;
    private final int inFlight;
    private final Charset charset;

    CategoryWriter(GenerationContext context, ExecutorService pool, int threads, Charset charset) {
        this.context = context;
        this.pool = pool;
        this.inFlight = Math.max(2, threads * 2);
        this.charset = charset;
    }

    /** Writes the file and answers the number of rows (demo rows included). */
    long write(Path file, CategoryDefinition category, List<Row> demoRows, long count, RowFactory factory)
            throws IOException {
        RowEncoder encoder = new RowEncoder(category);
        Map<String, Integer> positions = Row.positions(category);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            StringBuilder head = new StringBuilder(encoder.header());
            demoRows.forEach(row -> encoder.append(head, row));
            out.write(head.toString().getBytes(charset));
            long chunks = (count + CHUNK_ROWS - 1) / CHUNK_ROWS;
            Deque<Future<byte[]>> pending = new ArrayDeque<>();
            long next = 0;
            for (long written = 0; written < chunks; written++) {
                while (next < chunks && pending.size() < inFlight) {
                    long from = next * CHUNK_ROWS;
                    long to = Math.min(count, from + CHUNK_ROWS);
                    pending.add(pool.submit(() -> chunk(category, positions, encoder, factory, from, to)));
                    next++;
                }
                out.write(await(pending.removeFirst()));
            }
        }
        return count + demoRows.size();
    }

    private byte[] chunk(CategoryDefinition category, Map<String, Integer> positions, RowEncoder encoder,
                         RowFactory factory, long from, long to) {
        StringBuilder text = new StringBuilder((int) (to - from) * 256);
        for (long index = from; index < to; index++) {
            Row row = new Row(category, positions);
            factory.fill(index, context.rowRandom(category.id(), index), row);
            encoder.append(text, row);
        }
        return text.toString().getBytes(charset);
    }

    private static byte[] await(Future<byte[]> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }
}
