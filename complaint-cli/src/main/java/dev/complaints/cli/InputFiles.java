package dev.complaints.cli;

import dev.complaints.scoring.record.BoundedLineReader;
import dev.complaints.scoring.record.Utf8Lines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files the commands are given, within limits: a file read whole (workflow, calendar, policy, rubric,
 * holiday data, unit inputs) must be a regular file of at most {@link #MAX_FILE_BYTES} bytes in UTF-8; one line
 * of a tickets file or of {@code --batch} input may have at most {@link #MAX_LINE_CHARS} characters. Anything
 * else is one error line naming the file (and line) and the limit, never a hang or running out of memory.
 */
final class InputFiles {
  /** The largest file read whole: 16 MiB. */
  static final long MAX_FILE_BYTES = 16L << 20;
  /** The longest line of a tickets file or of {@code --batch} input: 1 MiB of characters. */
  static final int MAX_LINE_CHARS = BoundedLineReader.DEFAULT_MAX_LINE_CHARS;

  private InputFiles() {}

  /**
   * Reads a whole file as UTF-8 text (without a leading byte-order mark).
   *
   * @param file the file
   * @return its text
   * @throws BadInputException naming the file when it is missing, not a regular file, larger than the limit,
   *     unreadable or not valid UTF-8 (with the line)
   */
  static String readText(Path file) {
    BasicFileAttributes attributes = fileAttributes(file);
    if (!attributes.isRegularFile()) {
      throw BadInputException.file(file, "cannot read: not a regular file (a device, pipe or socket);"
          + " give a file of at most " + limit());
    }
    if (attributes.size() > MAX_FILE_BYTES) {
      throw tooLarge(file, attributes.size());
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw tooLarge(file, -1); // it grew while being read
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      long line = Utf8Lines.firstMalformedLine(bytes);
      throw BadInputException.line(file, line, "not valid UTF-8 (save the file as UTF-8)");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Checks that a file read line by line (tickets) exists, is not a directory and may be read.
   *
   * @param file the file
   * @throws BadInputException saying why it cannot be read
   */
  static void requireReadable(Path file) {
    fileAttributes(file);
    if (!Files.isReadable(file)) {
      throw BadInputException.file(file, "cannot read: permission denied");
    }
  }

  /** The file's attributes; a missing file or a directory is refused saying so. */
  private static BasicFileAttributes fileAttributes(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    if (attributes.isDirectory()) {
      throw BadInputException.file(file, "cannot read: is a directory, not a file");
    }
    return attributes;
  }

  /** The limit of a file read whole, in words. */
  static String limit() {
    return "16 MiB (" + MAX_FILE_BYTES + " bytes)";
  }

  private static BadInputException tooLarge(Path file, long size) {
    return BadInputException.file(file, "file is too large" + (size >= 0 ? " (" + size + " bytes)" : "")
        + "; the limit is " + limit());
  }

  private static BadInputException cannotRead(Path file, IOException e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else {
      return BadInputException.cannotRead(file, e);
    }
    return BadInputException.file(file, "cannot read: " + why).because(e);
  }

  /**
   * The limit of one line, in words.
   *
   * @return for example "1048576 characters (1 MiB)"
   */
  static String lineLimit() {
    return MAX_LINE_CHARS + " characters (1 MiB)";
  }
}
