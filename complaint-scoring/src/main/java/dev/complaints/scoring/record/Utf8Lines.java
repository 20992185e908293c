package dev.complaints.scoring.record;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Finds the line of a file that is not valid UTF-8. A reader that decodes ahead reports a malformed byte
 * while reading an earlier line and without saying where it is; this is only called then, to name the line.
 * Also says in words why a file could not be read.
 */
public final class Utf8Lines {
  private Utf8Lines() {}

  /**
   * The first line (1-based; lines end at {@code \n}, {@code \r} or {@code \r\n}, as for
   * {@link java.io.BufferedReader#readLine()}) that is not valid UTF-8.
   *
   * @param file the file
   * @return the line number, or 0 when every line is valid or the file cannot be read again
   */
  public static long firstMalformedLine(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return firstMalformedLine(in);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The first line (1-based, as for {@link #firstMalformedLine(Path)}) of some bytes that is not valid UTF-8.
   *
   * @param bytes the bytes
   * @return the line number, or 0 when every line is valid
   */
  public static long firstMalformedLine(byte[] bytes) {
    try {
      return firstMalformedLine(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new IllegalStateException(e); // cannot happen for bytes in memory
    }
  }

  /**
   * Why a file could not be opened or read, in words: "no such file or directory", "is a directory, not a
   * file", "permission denied", "not valid UTF-8", or the system's reason.
   *
   * @param file the file
   * @param e the failure
   * @return the reason, without the file name
   */
  public static String reason(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (Files.isDirectory(file)) {
      return "is a directory, not a file";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static long firstMalformedLine(InputStream in) throws IOException {
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
  }

  /**
   * Whether the bytes are valid UTF-8.
   *
   * @param bytes the bytes
   * @return true when they decode without error
   */
  public static boolean valid(byte[] bytes) {
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
