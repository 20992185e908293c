package dev.complaints.scoring.record;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()} (they end at {@code \n}, {@code \r} or
 * {@code \r\n}), but never holds more than a set number of characters of one line: as soon as a line is longer,
 * reading stops with a {@link LineTooLongException}. An endless line (for example from {@code /dev/zero})
 * therefore ends in that exception rather than in running out of memory.
 *
 * <p>No method throws a checked exception: a failure of the underlying input is an {@link UncheckedIOException}
 * with the {@link IOException} as its cause, so the reader is used in try-with-resources without a
 * {@code catch (IOException)}. Not thread-safe; closing it closes the underlying input.
 */
public final class BoundedLineReader implements Closeable {
  /** The default limit of one line: 1 MiB of characters. */
  public static final int DEFAULT_MAX_LINE_CHARS = 1 << 20;

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private boolean skipLf;
  private boolean eof;

  /**
   * Creates the reader.
   *
   * @param in the characters
   * @param maxChars the most characters one line may have, at least 1
   */
  public BoundedLineReader(Reader in, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
    }
    this.in = Objects.requireNonNull(in, "in");
    this.maxChars = maxChars;
  }

  /**
   * The most characters one line may have.
   *
   * @return the limit
   */
  public int maxChars() {
    return maxChars;
  }

  /**
   * The next line, without its end.
   *
   * @return the line, or null at the end of the input
   * @throws LineTooLongException as soon as the line is longer than the limit (the rest of the line is not read:
   *     stop reading then)
   * @throws UncheckedIOException when the input cannot be read, with the {@link IOException} as its cause (a
   *     {@link java.nio.charset.CharacterCodingException} for bytes that are not valid in the input's charset)
   */
  public @Nullable String readLine() {
    StringBuilder sb = null;
    while (true) {
      if (pos >= len && (eof || !fill())) {
        return sb == null ? null : sb.toString();
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      int room = maxChars - (sb == null ? 0 : sb.length());
      while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
        if (pos - start == room) {
          throw new LineTooLongException(maxChars);
        }
        pos++;
      }
      if (sb == null) {
        sb = new StringBuilder(Math.max(pos - start, 16));
      }
      sb.append(buf, start, pos - start);
      if (pos < len) {
        skipLf = buf[pos] == '\r';
        pos++;
        return sb.toString();
      }
    }
  }

  private boolean fill() {
    int n;
    try {
      do {
        n = in.read(buf, 0, buf.length);
      } while (n == 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read: " + e.getMessage(), e);
    }
    if (n < 0) {
      eof = true;
      pos = 0;
      len = 0;
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  /**
   * Closes the underlying input.
   *
   * @throws UncheckedIOException when it cannot be closed, with the {@link IOException} as its cause
   */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close: " + e.getMessage(), e);
    }
  }

  /**
   * A line longer than the limit of a {@link BoundedLineReader}: the input cannot be read as lines, an
   * {@link UncheckedIOException} like any other reading failure.
   */
  public static final class LineTooLongException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final int maxChars;

    /**
     * Creates the exception.
     *
     * @param maxChars the limit
     */
    public LineTooLongException(int maxChars) {
      super(message(maxChars), new IOException(message(maxChars)));
      this.maxChars = maxChars;
    }

    private static String message(int maxChars) {
      return "line is longer than the limit of " + maxChars + " characters";
    }

    /**
     * The limit that was exceeded.
     *
     * @return the most characters a line may have
     */
    public int maxChars() {
      return maxChars;
    }
  }
}
