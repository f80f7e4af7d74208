package org.publiccredit.graphql.ingest.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.ingest.IngestRow;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of an import file, with the line they start on (the CSV header is line 1). A line that is
 * not a JSON object becomes a row with only the field {@code _malformed}, so that it is rejected
 * with reasons like any other row instead of stopping the import.
 */
abstract sealed class RowSource implements AutoCloseable permits RowSource.Csv, RowSource.JsonLines {

  static final String MALFORMED = "_malformed";

  /** The next row, or null at the end. */
  abstract @Nullable IngestRow next();

  static RowSource open(Path file, Charset charset, JsonMapper jsonMapper) {
    try {
      Reader reader = Files.newBufferedReader(file, charset);
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      String name = file.getFileName().toString();
      return name.endsWith(".csv") ? new Csv(reader) : new JsonLines(new BufferedReader(reader), jsonMapper);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + file, e);
    }
  }

  /** RFC 4180 CSV (CRLF or LF), a header of catalog keys or prefixed column codes. */
  static final class Csv extends RowSource {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** Lines consumed up to the end of the previous record; the parser's own counter runs one record ahead. */
    private long previousEnd;

    Csv(Reader reader) throws IOException {
      this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true).get().parse(reader);
      this.records = parser.iterator();
      this.previousEnd = parser.getCurrentLineNumber();
    }

    @Override
    @Nullable IngestRow next() {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      long line = previousEnd + 1;
      previousEnd = parser.getCurrentLineNumber();
      Map<String, String> fields = new LinkedHashMap<>(record.toMap());
      if (!record.isConsistent()) {
        fields.put(MALFORMED, "the row has " + record.size() + " columns, the header " + parser.getHeaderNames().size());
      }
      return new IngestRow(line, fields);
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }

  /** One JSON object per line, members named by catalog key or camelCase name. */
  static final class JsonLines extends RowSource {

    private final BufferedReader reader;
    private final JsonMapper jsonMapper;
    private long line;

    JsonLines(BufferedReader reader, JsonMapper jsonMapper) {
      this.reader = reader;
      this.jsonMapper = jsonMapper;
    }

    @Override
    @Nullable IngestRow next() {
      try {
        String text;
        do {
          text = reader.readLine();
          line++;
        } while (text != null && text.isBlank());
        return text == null ? null : new IngestRow(line, fields(text));
      } catch (CharacterCodingException e) {
        // The reader decodes ahead: the bad bytes are at this line or in the few after it.
        throw new UncheckedIOException("Cannot read on from line " + (line + 1) + ": the file has bytes there that are not "
            + "valid in the encoding its beginning is in (Encodings); convert it to one encoding or name it with "
            + "--encoding", e);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read line " + line, e);
      }
    }

    /** Streamed rather than read as a tree first: string members, nearly all of them, go straight to the map. */
    private Map<String, String> fields(String text) {
      Map<String, String> fields = new LinkedHashMap<>();
      try (JsonParser parser = jsonMapper.createParser(text)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          fields.clear();
          fields.put(MALFORMED, "the line is not a JSON object");
          return fields;
        }
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          switch (parser.nextToken()) {
            case VALUE_STRING -> fields.put(name, parser.getString());
            case VALUE_NULL -> fields.remove(name);
            default -> {
              JsonNode value = parser.readValueAsTree();
              fields.put(name, value.isValueNode() ? value.asString() : value.toString());
            }
          }
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
          throw new MalformedLine();
        }
      } catch (JacksonException | MalformedLine e) {
        fields.clear();
        fields.put(MALFORMED, "the line is not valid JSON");
      }
      return fields;
    }

    /** Content after the object, or an object that does not close. */
    private static final class MalformedLine extends RuntimeException {
      MalformedLine() {
        super(null, null, false, false);
      }
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
