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
 * impossible for Chinese text, so a file that decodes strictly as UTF-8 is UTF-8, else GB18030.
 */
final class Encodings {

  static final Charset GB18030 = Charset.forName("GB18030");

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
    try (InputStream stream = Files.newInputStream(file)) {
      int read;
      while ((read = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
        in.position(in.position() + read);
        in.flip();
        if (decoder.decode(in, out, false).isError()) {
          return false;
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
}
