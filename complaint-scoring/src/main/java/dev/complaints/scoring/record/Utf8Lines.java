package dev.complaints.scoring.record;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the line of a file that is not valid UTF-8. A reader that decodes ahead reports a malformed byte
 * while reading an earlier line and without saying where it is; this is only called then, to name the line.
 */
final class Utf8Lines {
  private Utf8Lines() {}

  /**
   * The first line (1-based; lines end at {@code \n}, {@code \r} or {@code \r\n}, as for
   * {@link java.io.BufferedReader#readLine()}) that is not valid UTF-8.
   *
   * @param file the file
   * @return the line number, or 0 when every line is valid or the file cannot be read again
   */
  static long firstMalformedLine(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      long line = 0;
      int previous = -1;
      while (true) {
        int b = in.read();
        if (b == '\n' && previous == '\r') {
          previous = b;
          continue;
        }
        if (b < 0 || b == '\n' || b == '\r') {
          line++;
          if (!valid(bytes.toByteArray())) {
            return line;
          }
          if (b < 0) {
            return 0;
          }
          bytes.reset();
        } else {
          bytes.write(b);
        }
        previous = b;
      }
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Whether the bytes are valid UTF-8.
   *
   * @param bytes the bytes
   * @return true when they decode without error
   */
  static boolean valid(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
