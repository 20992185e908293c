package dev.complaints.scoring.record;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits UTF-8 bytes into lines without decoding them, so that a line is handed to the JSON parser as bytes: the
 * bytes read are checked to be UTF-8 as they arrive (as a decoding reader would, ahead of the lines), lines end
 * at {@code \n}, {@code \r} or {@code \r\n} and are limited in characters as by {@link BoundedLineReader}.
 *
 * <p>Failures are those of {@link BoundedLineReader}: a {@link BoundedLineReader.LineTooLongException}, an
 * {@link UncheckedIOException} with the {@link IOException} as its cause, a
 * {@link CharacterCodingException} as the cause when the bytes are not UTF-8. Not thread-safe.
 */
final class ByteLines implements Closeable {
  /** Eight bytes of an array as one long, to look at them at once. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final int maxChars;
  /** Bytes still to read from {@code in}: a part of a file ends before the file does. */
  private long remaining;
  private byte[] buf = new byte[1 << 16];
  /** Start of the bytes not handed out yet. */
  private int pos;
  /** End of the bytes read. */
  private int len;
  /** End of the bytes known to be UTF-8 (at most {@code len}: a character may be split by a read). */
  private int checked;
  private boolean skipLf;
  private boolean eof;
  private byte[] line = buf;
  private int lineStart;
  private int lineEnd;

  ByteLines(InputStream in, int maxChars, long limit) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxChars = maxChars;
    this.remaining = limit;
  }

  /** The bytes of the current line: {@link #start()} to {@link #end()}. */
  byte[] bytes() {
    return line;
  }

  int start() {
    return lineStart;
  }

  /** The buffer of the bytes read: {@link #position()} to {@link #completeLinesEnd()} are whole lines. */
  byte[] buffer() {
    return buf;
  }

  /** Where the next line starts in {@link #buffer()}. */
  int position() {
    return pos;
  }

  /**
   * The end of the whole lines already read and checked from {@link #position()}: just past the line end of the
   * last of them, or -1 when there is none (the next line is then read with {@link #next()}). Lines up to there
   * are those {@link #next()} would give without reading more.
   */
  int completeLinesEnd() {
    if (skipLf) {
      if (pos >= len) {
        return -1;
      }
      if (buf[pos] == '\n') {
        pos++;
      }
      skipLf = false;
    }
    byte[] b = buf;
    for (int i = Math.min(len, checked) - 1; i >= pos; i--) {
      if (b[i] == '\n' || b[i] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Moves past lines read from {@link #buffer()} without {@link #next()}.
   *
   * @param at the start of the next line, at most {@link #completeLinesEnd()}
   * @param afterCr whether the last line ended with a {@code \r} just before {@code at}, so that a {@code \n}
   *     there is part of its line end
   */
  void moveTo(int at, boolean afterCr) {
    pos = at;
    skipLf = afterCr;
  }

  int end() {
    return lineEnd;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   */
  boolean next() {
    if (skipLf) {
      if (pos >= len && !eof) {
        fill();
      }
      if (pos < len && buf[pos] == '\n') {
        pos++;
      }
      skipLf = false;
    }
    int scan = pos;
    int chars = -1; // counted only once a line is longer in bytes than the limit in characters
    while (true) {
      int end = Math.min(len, checked);
      byte[] b = buf;
      int i = scan;
      // eight bytes at a time while none of them is a line end (a zero byte of w ^ '\n' or w ^ '\r')
      while (i + 8 <= end) {
        long w = (long) LONGS.get(b, i);
        long n = w ^ 0x0A0A0A0A0A0A0A0AL;
        long r = w ^ 0x0D0D0D0D0D0D0D0DL;
        if (((((n - 0x0101010101010101L) & ~n) | ((r - 0x0101010101010101L) & ~r)) & 0x8080808080808080L) != 0) {
          break;
        }
        i += 8;
      }
      while (i < end && b[i] != '\n' && b[i] != '\r') {
        i++;
      }
      if (i - pos > maxChars) {
        chars = chars(pos, i);
        if (chars > maxChars) {
          throw new BoundedLineReader.LineTooLongException(maxChars);
        }
      }
      if (i < end) {
        line = buf;
        lineStart = pos;
        lineEnd = i;
        skipLf = b[i] == '\r';
        pos = i + 1;
        return true;
      }
      scan = i;
      if (eof) {
        if (pos == len) {
          return false;
        }
        line = buf;
        lineStart = pos;
        lineEnd = len;
        pos = len;
        return true;
      }
      int before = pos;
      fill();
      scan -= before - pos;
    }
  }

  /** UTF-16 characters of bytes {@code from} to {@code to} (UTF-8): four-byte characters count twice. */
  private int chars(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int b = buf[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        n += b >= 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  /** Reads more bytes, keeping those from {@code pos} (moved to the front), and checks them. */
  private void fill() {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, len - pos);
      len -= pos;
      checked -= pos;
      pos = 0;
    }
    if (len == buf.length) {
      // one line fills the buffer: it may still be within the limit (a character takes up to four bytes)
      buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, (long) maxChars * 4 + 8));
      if (len == buf.length) {
        throw new BoundedLineReader.LineTooLongException(maxChars);
      }
    }
    int n;
    try {
      do {
        int want = (int) Math.min(buf.length - len, remaining);
        n = want == 0 ? -1 : in.read(buf, len, want);
      } while (n == 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read: " + e.getMessage(), e);
    }
    if (n < 0) {
      eof = true;
    } else {
      len += n;
      remaining -= n;
    }
    check();
  }

  /** Checks the bytes read since the last check: all of them at the end of the input. */
  private void check() {
    int i = checked;
    int end = len;
    byte[] b = buf;
    while (i < end) {
      // most bytes are ASCII: skip them eight at a time
      while (i + 8 <= end && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= end) {
        break;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (n == 0) {
        malformed(i);
      }
      if (i + n > end) {
        if (!eof) {
          break; // the rest of the character comes with the next read
        }
        malformed(i);
      }
      int c1 = b[i + 1] & 0xFF;
      boolean ok = switch (c) {
        case 0xE0 -> c1 >= 0xA0 && c1 <= 0xBF;
        case 0xED -> c1 >= 0x80 && c1 <= 0x9F;
        case 0xF0 -> c1 >= 0x90 && c1 <= 0xBF;
        case 0xF4 -> c1 >= 0x80 && c1 <= 0x8F;
        default -> (c1 & 0xC0) == 0x80;
      };
      for (int k = 2; k < n && ok; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (!ok) {
        malformed(i);
      }
      i += n;
    }
    checked = i;
  }

  /** Fails for the bytes from {@code at}, with the decoder's own exception (which says how many bytes). */
  private void malformed(int at) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(buf, at, len - at);
    CoderResult r = decoder.decode(bytes, CharBuffer.allocate(len - at + 1), eof);
    IOException e;
    try {
      if (r.isError()) {
        r.throwException();
      }
      e = new CharacterCodingException();
    } catch (CharacterCodingException c) {
      e = c;
    }
    throw new UncheckedIOException("cannot read: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close: " + e.getMessage(), e);
    }
  }
}
