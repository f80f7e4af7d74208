package org.publiccredit.graphql.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which charset a file is in. Departments send UTF-8 (often with a BOM, from Excel) or GB18030
 * (the national standard, a superset of GBK). Valid UTF-8 that is really GB18030 is practically
 * impossible for Chinese text, so a file whose first {@value #DECIDING_BYTES} bytes outside ASCII
 * (or all of them, in a smaller file) decode strictly as UTF-8 is UTF-8, else GB18030. The rest is
 * not read twice: the file is read with a strict decoder, so a later byte that is not in the
 * charset stops the import at its line ({@link RowSource}) instead of being read as another
 * encoding. Checking the whole file first was a decoding pass of its own (a gigabyte for the
 * largest generated file).
 */
final class Encodings {

  static final Charset GB18030 = Charset.forName("GB18030");
  /** Non-ASCII bytes that decide: a few hundred rows of Chinese text. */
  static final int DECIDING_BYTES = 1 << 16;

  private Encodings() {}

  static Charset of(Path file, String option) {
    if (!"auto".equalsIgnoreCase(option)) {
      return Charset.forName(option);
    }
    return isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
  }

  private static boolean isUtf8(Path file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long nonAscii = 0;
    try (InputStream stream = Files.newInputStream(file)) {
      int read;
      while ((read = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
        nonAscii += nonAscii(in.array(), in.position(), read);
        in.position(in.position() + read);
        in.flip();
        if (decoder.decode(in, out, false).isError()) {
          return false;
        }
        if (nonAscii >= DECIDING_BYTES) {
          return true;
        }
        in.compact();
        out.clear();
      }
      in.flip();
      return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError() && !in.hasRemaining();
    } catch (CharacterCodingException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static int nonAscii(byte[] bytes, int from, int length) {
    int count = 0;
    for (int i = from; i < from + length; i++) {
      if (bytes[i] < 0) {
        count++;
      }
    }
    return count;
  }
}
