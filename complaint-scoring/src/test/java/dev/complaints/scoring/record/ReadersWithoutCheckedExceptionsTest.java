package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.Scorer;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The readers (and writers) of records are used in try-with-resources without a {@code catch (IOException)}: no
 * test method here declares {@code throws}, so this class compiles only while {@code close()} and the reading
 * methods throw no checked exception. A failure of the underlying input is an {@link UncheckedIOException} naming
 * the source, with the {@link IOException} as its cause.
 */
class ReadersWithoutCheckedExceptionsTest {

  /** Characters of {@code text}, then an {@link IOException} on every further read and on close. */
  static Reader failingAfter(String text) {
    return new Reader() {
      private int pos;

      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        if (pos >= text.length()) {
          throw new IOException("device error");
        }
        int n = Math.min(len, text.length() - pos);
        text.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
      }

      @Override
      public void close() throws IOException {
        throw new IOException("cannot release the device");
      }
    };
  }

  /** Reads {@code text} to its end, but fails to close. */
  static Reader failingClose(String text) {
    return new FilterReader(new StringReader(text)) {
      @Override
      public void close() throws IOException {
        throw new IOException("cannot release the device");
      }
    };
  }

  /** Closes without a problem, but fails on the first read. */
  static Reader failingRead() {
    return new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("device error");
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aTicketReaderIsUsedInTryWithResourcesWithoutCatchingIoException() {
    List<String> ids = new ArrayList<>();
    try (TicketReader tickets = TicketReader.of(new StringReader(TicketReaderTest.GOOD + "\n"), "t.jsonl")) {
      tickets.forEachRemaining(t -> ids.add(t.id()));
      assertThat(tickets.lineNumber()).isEqualTo(1);
    }
    assertThat(ids).containsExactly("T-1");
    try (Stream<TicketRecord> stream = TicketReader.of(new StringReader(TicketReaderTest.GOOD), "t.jsonl").stream()) {
      assertThat(stream.map(TicketRecord::id)).containsExactly("T-1");
    }
  }

  @Test
  void aBoundedLineReaderAndTheWritersToo() {
    try (BoundedLineReader lines = new BoundedLineReader(new StringReader("a\r\nb"), 10)) {
      assertThat(lines.readLine()).isEqualTo("a");
      assertThat(lines.readLine()).isEqualTo("b");
      assertThat(lines.readLine()).isNull();
    }
    StringWriter out = new StringWriter();
    try (TicketWriter writer = TicketWriter.of(out, ZoneOffset.UTC)) {
      writer.write(TicketReader.parseLine(TicketReaderTest.GOOD, "t.jsonl", 1));
    }
    assertThat(out.toString()).startsWith("{\"id\":\"T-1\"").endsWith("\n");
  }

  @Test
  void aTicketReaderThatCannotCloseItsInputSaysSoUnchecked() {
    TicketReader tickets = TicketReader.of(failingClose(""), "tickets.jsonl");
    UncheckedIOException e = catchThrowableOfType(tickets::close, UncheckedIOException.class);
    assertThat(e).hasMessage("tickets.jsonl: cannot close: cannot release the device");
    assertThat(e.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("cannot release the device");
    // in try-with-resources the failure of close reaches the caller the same way
    assertThatThrownBy(() -> {
      try (TicketReader r = TicketReader.of(failingClose(TicketReaderTest.GOOD), "tickets.jsonl")) {
        assertThat(r.next().id()).isEqualTo("T-1");
        assertThat(r.hasNext()).isFalse();
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessage("tickets.jsonl: cannot close: cannot release the device");
  }

  @Test
  void aTicketReaderWhoseInputFailsNamesTheSourceAndTheLine() {
    TicketReader tickets = TicketReader.of(failingAfter(TicketReaderTest.GOOD + "\n"), "tickets.jsonl");
    assertThat(tickets.next().id()).isEqualTo("T-1");
    UncheckedIOException e = catchThrowableOfType(tickets::hasNext, UncheckedIOException.class);
    assertThat(e).hasMessage("tickets.jsonl: line 2: cannot read: device error");
    assertThat(e.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("device error");
    // the failure of close is kept, suppressed, behind the failure of reading
    assertThatThrownBy(() -> {
      try (TicketReader r = TicketReader.of(failingAfter(""), "tickets.jsonl")) {
        r.hasNext();
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessage("tickets.jsonl: line 1: cannot read: device error")
        .satisfies(t -> assertThat(t.getSuppressed()).singleElement()
            .satisfies(s -> assertThat(s).hasMessage("tickets.jsonl: cannot close: cannot release the device")));
  }

  @Test
  void scoringFromAFailingReaderEndsInTheSameUncheckedIoException() {
    Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).visitAlerts(VisitAlerts.none()).build();
    assertThatThrownBy(() -> {
      try (TicketReader tickets = TicketReader.of(failingRead(), "tickets.jsonl")) {
        scorer.score(tickets, List.of(), YearMonth.of(2026, 10), Instant.parse("2026-11-01T00:00:00Z"));
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessage("tickets.jsonl: line 1: cannot read: device error")
        .hasCauseExactlyInstanceOf(IOException.class);
  }

  @Test
  void aBoundedLineReaderWhoseInputFailsIsUnchecked() {
    BoundedLineReader lines = new BoundedLineReader(failingAfter("first\n"), 100);
    assertThat(lines.readLine()).isEqualTo("first");
    UncheckedIOException read = catchThrowableOfType(lines::readLine, UncheckedIOException.class);
    assertThat(read).hasMessage("cannot read: device error");
    assertThat(read.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("device error");
    UncheckedIOException close = catchThrowableOfType(lines::close, UncheckedIOException.class);
    assertThat(close).hasMessage("cannot close: cannot release the device");
    assertThat(close.getCause()).isExactlyInstanceOf(IOException.class);
    // a line longer than the limit is one of these too
    BoundedLineReader tooLong = new BoundedLineReader(new StringReader("abcd"), 3);
    assertThat(catchThrowableOfType(tooLong::readLine, UncheckedIOException.class))
        .isInstanceOf(BoundedLineReader.LineTooLongException.class)
        .hasMessage("line is longer than the limit of 3 characters");
  }

  @Test
  void unitInputsAreReadWithoutACheckedExceptionToo() {
    assertThat(UnitInputsReader.read(new StringReader("[]"), "inputs.json")).isEmpty();
    UncheckedIOException e = catchThrowableOfType(() -> UnitInputsReader.read(failingRead(), "inputs.json"),
        UncheckedIOException.class);
    assertThat(e).hasMessage("inputs.json: cannot read: device error");
    assertThat(e.getCause()).isExactlyInstanceOf(IOException.class);
  }
}
