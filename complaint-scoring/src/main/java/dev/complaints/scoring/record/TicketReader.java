package dev.complaints.scoring.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.complaints.core.json.internal.Wording;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads ticket timeline records from JSON lines, one record at a time: the file is never held in memory.
 * A line longer than {@link BoundedLineReader#DEFAULT_MAX_LINE_CHARS} characters (1 MiB) stops reading with
 * an error naming the line and the limit. Blank lines are ignored; a field repeated within one object is an error (it would silently replace the
 * first value).
 *
 * <p>By default a malformed line stops reading with a {@link RecordFormatException} naming the source, the
 * line and the field. With {@link #skipInvalid(Consumer)} malformed lines are instead reported to the
 * consumer, counted ({@link #skipped()}) and skipped; nothing is skipped silently.
 *
 * <p>No method throws a checked exception: a failure of the underlying input, while reading or closing, is an
 * {@link UncheckedIOException} naming the source (and the line), with the {@link java.io.IOException} as its
 * cause, so a reader is used in try-with-resources without a {@code catch (IOException)}:
 *
 * <pre>{@code
 * try (TicketReader tickets = TicketReader.open(Path.of("tickets.jsonl"))) {
 *   report = scorer.score(tickets, inputs, YearMonth.of(2026, 10), asOf);
 * }
 * }</pre>
 *
 * <p>Not thread-safe; close it when done (closing the reader closes the underlying input).
 */
public final class TicketReader implements Iterator<TicketRecord>, Closeable {
  private static final ObjectReader READER =
      JsonErrors.strictMapper().readerFor(TicketRecord.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  /** The streaming fast path, on the tokens of the same parser factory as {@link #READER}. */
  static final TicketLineParser FAST = new TicketLineParser(READER.getFactory());

  /** The lines of a character stream ({@link #of}); null when reading bytes. */
  private final @Nullable BoundedLineReader in;
  /** The lines of a file, as bytes ({@link #open}); null when reading characters. */
  private final @Nullable ByteLines bytes;
  /** Whether the first line may start with a byte-order mark: only at the start of a file. */
  private final boolean atStart;
  private final String source;
  /** The file read, when it is one: to find the line of a byte that is not UTF-8. */
  private Path file;
  private Consumer<RecordFormatException> onInvalid;
  private long line;
  private long skipped;
  private TicketRecord next;
  private boolean done;
  /** One parser over the whole lines of the buffer from {@link #batchFrom} to {@link #batchEnd}; null when none. */
  private @Nullable JsonParser batch;
  private int batchFrom;
  private int batchEnd;
  /** Whether whole lines of the buffer are read with one parser: off only to test that it changes nothing. */
  private boolean batches = true;
  /** How many records were read by the parser of a buffer's whole lines (tests). */
  private long fromBatches;

  private TicketReader(Reader in, String source) {
    this.in = new BoundedLineReader(in, BoundedLineReader.DEFAULT_MAX_LINE_CHARS);
    this.bytes = null;
    this.atStart = true;
    this.source = Objects.requireNonNull(source, "source");
  }

  private TicketReader(InputStream in, long limit, boolean atStart, String source) {
    this.in = null;
    this.bytes = new ByteLines(in, BoundedLineReader.DEFAULT_MAX_LINE_CHARS, limit);
    this.atStart = atStart;
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Opens a JSON-lines file (UTF-8).
   *
   * @param file the file
   * @return a reader named after the file
   * @throws UncheckedIOException when the file cannot be opened
   */
  public static TicketReader open(Path file) {
    try {
      TicketReader reader = new TicketReader(Files.newInputStream(file), Long.MAX_VALUE, true, file.toString());
      reader.file = file;
      return reader;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + Utf8Lines.reason(file, e), e);
    }
  }

  /**
   * Reads a JSON-lines file on several threads, each a part of the file (whole lines, split by byte ranges), into
   * an accumulator of its own, and merges the parts in the order of the file. Meant for accumulators whose merge
   * gives what reading in order gives, such as the scorers' month and quarter accumulators.
   *
   * <p>Errors are those of reading the file in order with {@link #feed(Iterator, Consumer)}: when any part fails,
   * the file is read again in order, on the calling thread, into a new accumulator, so that the error (or the
   * result) is the one of the first line that fails, named as {@link #open(Path)} names it.
   *
   * @param file the file
   * @param parts how many parts to read at once (1 reads in order on the calling thread)
   * @param newPart a new, empty accumulator
   * @param accept adds a ticket to an accumulator
   * @param merge merges the second accumulator into the first, returning the result
   * @param <A> the accumulator
   * @return the merged accumulator
   * @throws RecordFormatException when a line is malformed, or a ticket cannot be processed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static <A> A readInParts(Path file, int parts, Supplier<A> newPart, BiConsumer<A, TicketRecord> accept,
      BinaryOperator<A> merge) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(newPart, "newPart");
    Objects.requireNonNull(accept, "accept");
    Objects.requireNonNull(merge, "merge");
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1, was " + parts);
    }
    long[] bounds = parts == 1 ? null : bounds(file, parts);
    if (bounds != null) {
      List<A> results = new ArrayList<>(Collections.nCopies(parts, null));
      AtomicBoolean failed = new AtomicBoolean();
      List<Thread> threads = new ArrayList<>();
      for (int k = 1; k < parts; k++) {
        int part = k;
        Thread t = new Thread(() -> results.set(part, readPart(file, bounds, part, newPart, accept, failed)),
            "tickets-" + file.getFileName() + "-" + k);
        t.setDaemon(true);
        t.start();
        threads.add(t);
      }
      results.set(0, readPart(file, bounds, 0, newPart, accept, failed));
      boolean interrupted = false;
      for (Thread t : threads) {
        while (true) {
          try {
            t.join();
            break;
          } catch (InterruptedException e) {
            interrupted = true; // the parts end on their own; the interruption is kept for the caller
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (!failed.get() && !results.contains(null)) {
        A all = results.get(0);
        for (int k = 1; k < parts; k++) {
          all = merge.apply(all, results.get(k));
        }
        return all;
      }
    }
    A all = newPart.get();
    try (TicketReader reader = open(file)) {
      feed(reader, t -> accept.accept(all, t));
    }
    return all;
  }

  /** One part into a new accumulator; null when it (or another part) failed: the caller reads in order then. */
  private static <A> @Nullable A readPart(Path file, long[] bounds, int part, Supplier<A> newPart,
      BiConsumer<A, TicketRecord> accept, AtomicBoolean failed) {
    long from = bounds[part];
    long to = bounds[part + 1];
    A acc = newPart.get();
    try (SeekableByteChannel ch = Files.newByteChannel(file);
        TicketReader reader = new TicketReader(Channels.newInputStream(ch.position(from)), to - from, from == 0,
            file.toString())) {
      while (!failed.get() && reader.hasNext()) {
        accept.accept(acc, reader.next());
      }
      return acc;
    } catch (IOException | RuntimeException e) {
      failed.set(true);
      return null;
    }
  }

  /**
   * Where the parts of a file start: near equal byte ranges, each moved to the start of a line ({@code bounds[k]}
   * to {@code bounds[k + 1]} is part {@code k}).
   */
  private static long[] bounds(Path file, int parts) {
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      long size = ch.size();
      long[] bounds = new long[parts + 1];
      bounds[parts] = size;
      ByteBuffer buf = ByteBuffer.allocate(1 << 13);
      for (int k = 1; k < parts; k++) {
        long at = Math.max(bounds[k - 1], size / parts * k);
        bounds[k] = at >= size ? size : lineStartAfter(ch, at, size, buf);
      }
      return bounds;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + Utf8Lines.reason(file, e), e);
    }
  }

  /** The start of the first line that starts after {@code at}: past a {@code \n}, a {@code \r} or both. */
  private static long lineStartAfter(SeekableByteChannel ch, long at, long size, ByteBuffer buf) throws IOException {
    long pos = at;
    boolean cr = false;
    ch.position(at);
    while (pos < size) {
      buf.clear();
      int n = ch.read(buf);
      if (n < 0) {
        break;
      }
      for (int i = 0; i < n; i++, pos++) {
        byte b = buf.get(i);
        if (cr) {
          return b == '\n' ? pos + 1 : pos;
        }
        if (b == '\n') {
          return pos + 1;
        }
        cr = b == '\r';
      }
    }
    return size;
  }

  /** Reads every line with a parser of its own, as before lines were read with one parser a buffer (tests). */
  TicketReader lineByLine() {
    batches = false;
    return this;
  }

  /** How many records were read by the parser of a buffer's whole lines rather than line by line (tests). */
  long readFromBatches() {
    return fromBatches;
  }

  /**
   * Reads JSON lines from a character stream.
   *
   * @param in the input
   * @param source how to name it in error messages
   * @return a reader
   */
  public static TicketReader of(Reader in, String source) {
    return new TicketReader(Objects.requireNonNull(in, "in"), source);
  }

  /**
   * Parses one line into a record.
   *
   * @param json the JSON object text
   * @param source how to name the source in errors
   * @param line the line number to report
   * @return the record
   * @throws RecordFormatException naming the field when the line is malformed
   */
  public static TicketRecord parseLine(String json, String source, long line) {
    TicketRecord fast = FAST.parse(json);
    return fast != null ? fast : parseGenerally(json, source, line);
  }

  /** Reads a line with data binding: decides every line the fast path leaves, and words its errors. */
  static TicketRecord parseGenerally(String json, String source, long line) {
    try {
      TicketRecord t = READER.readValue(json);
      if (t == null) {
        throw new RecordFormatException(source, line, "$", Wording.mustBe(Wording.OBJECT, "null"), null);
      }
      return t;
    } catch (JsonProcessingException e) {
      throw JsonErrors.toFormat(source, line, e);
    } catch (IllegalArgumentException e) {
      throw new RecordFormatException(source, line, "$", e.getMessage(), e);
    }
  }

  /**
   * Gives every ticket of an iterator to {@code action}, in order. When the tickets come from a
   * {@link TicketReader}, a {@link FieldException} that {@code action} throws for a ticket (for example a
   * visit whose extensions make its limit overflow) becomes a {@link RecordFormatException} naming the reader's
   * source, the ticket's line and the field, as for a malformed line; from other iterators it is thrown as it
   * is. Any other exception (a {@code CalendarRangeException} among them) is thrown as it is.
   *
   * @param tickets the tickets
   * @param action what to do with each ticket
   * @throws RecordFormatException when a line cannot be read, or a ticket of a reader cannot be processed
   */
  public static void feed(Iterator<TicketRecord> tickets, Consumer<TicketRecord> action) {
    while (tickets.hasNext()) {
      TicketRecord t = tickets.next();
      try {
        action.accept(t);
      } catch (FieldException e) {
        if (tickets instanceof TicketReader r) {
          throw new RecordFormatException(r.source(), r.lineNumber(), Fields.path(e.field()), e.reason(), e);
        }
        throw e;
      }
    }
  }

  /**
   * Skips malformed lines instead of stopping, reporting each one to {@code onInvalid}.
   *
   * @param onInvalid receives every skipped line's error
   * @return this reader
   */
  public TicketReader skipInvalid(Consumer<RecordFormatException> onInvalid) {
    this.onInvalid = Objects.requireNonNull(onInvalid, "onInvalid");
    return this;
  }

  /**
   * How many malformed lines were skipped so far (only with {@link #skipInvalid(Consumer)}).
   *
   * @return the count
   */
  public long skipped() {
    return skipped;
  }

  /**
   * The number of the last line read.
   *
   * @return the 1-based line number, 0 before reading
   */
  public long lineNumber() {
    return line;
  }

  /**
   * The source name used in error messages.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      if (bytes != null && batches) {
        TicketRecord r = fromBatch(bytes);
        if (r != null) {
          line++;
          fromBatches++;
          next = r;
          break;
        }
      }
      String text;
      TicketRecord fast = null;
      try {
        if (bytes != null) {
          if (!bytes.next()) {
            done = true;
            break;
          }
          text = null;
        } else {
          text = in.readLine();
          if (text == null) {
            done = true;
            break;
          }
        }
      } catch (BoundedLineReader.LineTooLongException e) {
        throw new UncheckedIOException(source + ":" + (line + 1) + ": line is longer than the limit of "
            + e.maxChars() + " characters (" + (e.maxChars() >> 20) + " MiB)", e.getCause());
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException c) {
          // decoding runs ahead of the lines read: find the line the byte is on
          long bad = file == null ? 0 : Utf8Lines.firstMalformedLine(file);
          throw new UncheckedIOException(source + ": line " + (bad > 0 ? bad : line + 1)
              + ": cannot read: not valid UTF-8 (" + c.getMessage() + ")", c);
        }
        throw new UncheckedIOException(source + ": line " + (line + 1) + ": cannot read: "
            + e.getCause().getMessage(), e.getCause());
      }
      if (bytes != null) {
        byte[] b = bytes.bytes();
        int start = bytes.start();
        int end = bytes.end();
        if (line == 0 && atStart && end - start >= 3 && b[start] == (byte) 0xEF && b[start + 1] == (byte) 0xBB
            && b[start + 2] == (byte) 0xBF) {
          start += 3; // a byte-order mark, as some spreadsheet and CRM exports write
        }
        line++;
        if (asciiBlank(b, start, end)) {
          continue;
        }
        fast = FAST.parse(b, start, end - start);
        // bytes were checked to be UTF-8 as they were read
        text = fast != null ? null : new String(b, start, end - start, StandardCharsets.UTF_8);
      } else {
        if (line == 0 && text.startsWith("\uFEFF")) {
          text = text.substring(1); // a byte-order mark, as some spreadsheet and CRM exports write
        }
        line++;
      }
      if (fast != null) {
        next = fast;
        break;
      }
      if (text.isBlank()) {
        continue;
      }
      try {
        next = parseLine(text, source, line);
      } catch (RecordFormatException e) {
        if (onInvalid == null) {
          throw e;
        }
        skipped++;
        onInvalid.accept(e);
      }
    }
    return next != null;
  }

  /**
   * The record of the next line when the fast path reads it from the parser over the whole lines of the buffer (a
   * line that is one object, starting at its first byte and ending at its last, within the limit); otherwise null,
   * with the bytes at the start of that line, which is then read on its own as before (so its record, its error
   * and its line number are what they were).
   */
  private @Nullable TicketRecord fromBatch(ByteLines lines) {
    byte[] b = lines.buffer();
    int at = lines.position();
    if (batch == null) {
      if (line == 0 && atStart) {
        return null; // the first line may start with a byte-order mark
      }
      int end = lines.completeLinesEnd();
      at = lines.position();
      if (end < 0 || b[at] != '{') {
        return null;
      }
      try {
        batch = FAST.parser(b, at, end - at);
      } catch (IOException | RuntimeException e) {
        return null;
      }
      batchFrom = at;
      batchEnd = end;
    }
    JsonParser p = batch;
    try {
      if (at < batchEnd && b[at] == '{' && p.nextToken() == JsonToken.START_OBJECT) {
        JsonLocation open = p.currentTokenLocation();
        if (batchFrom + open.getByteOffset() == at) {
          TicketRecord r = FAST.object(p);
          if (r != null) {
            JsonLocation close = p.currentTokenLocation();
            long end = batchFrom + close.getByteOffset() + 1;
            if (close.getLineNr() == open.getLineNr() && end < batchEnd
                && end - at <= BoundedLineReader.DEFAULT_MAX_LINE_CHARS && (b[(int) end] == '\n' || b[(int) end] == '\r')) {
              int e = (int) end;
              int following = e + 1;
              boolean afterCr = false;
              if (b[e] == '\r') {
                if (following < batchEnd) {
                  if (b[following] == '\n') {
                    following++;
                  }
                } else {
                  afterCr = true;
                }
              }
              lines.moveTo(following, afterCr);
              if (following >= batchEnd) {
                closeBatch();
              }
              return r;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // left to the line on its own
    }
    closeBatch();
    return null;
  }

  private void closeBatch() {
    JsonParser p = batch;
    batch = null;
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // a parser over an array has nothing to close
      }
    }
  }

  /** Whether a line has nothing but ASCII white space ({@link String#isBlank()} decides the others). */
  private static boolean asciiBlank(byte[] b, int start, int end) {
    for (int i = start; i < end; i++) {
      int c = b[i];
      if (!(c == ' ' || c == '\t' || c == 0x0B || c == '\f' || (c >= 0x1C && c <= 0x1F))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public TicketRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more tickets in " + source);
    }
    TicketRecord r = next;
    next = null;
    return r;
  }

  /**
   * The remaining records as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<TicketRecord> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * Closes the underlying input; reading stops.
   *
   * @throws UncheckedIOException naming the source when the input cannot be closed, with the
   *     {@link java.io.IOException} as its cause
   */
  @Override
  public void close() {
    done = true;
    closeBatch();
    try {
      if (bytes != null) {
        bytes.close();
      } else {
        in.close();
      }
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(source + ": cannot close: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
