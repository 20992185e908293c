package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BoundedLineReader}: lines as {@code BufferedReader} gives them, within the limit. */
class BoundedLineReaderTest {

  private static List<String> lines(String text, int max) {
    List<String> lines = new ArrayList<>();
    try (BoundedLineReader r = new BoundedLineReader(new StringReader(text), max)) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void endsLinesAsBufferedReaderDoes() {
    assertThat(lines("a\nb\r\nc\rd", 10)).containsExactly("a", "b", "c", "d");
    assertThat(lines("a\n\n\r\n", 10)).containsExactly("a", "", "");
    assertThat(lines("", 10)).isEmpty();
    assertThat(lines("\r", 10)).containsExactly("");
  }

  @Test
  void aLineAtTheLimitIsReadAndOneCharacterMoreIsRefused() {
    assertThat(lines("abc\nde", 3)).containsExactly("abc", "de");
    try (BoundedLineReader r = new BoundedLineReader(new StringReader("ab\nabcd\nx"), 3)) {
      assertThat(r.readLine()).isEqualTo("ab");
      assertThatThrownBy(r::readLine).isInstanceOf(BoundedLineReader.LineTooLongException.class)
          .hasMessage("line is longer than the limit of 3 characters");
    }
  }

  @Test
  void aLineLongerThanTheBufferIsKeptWhole() {
    String longLine = "y".repeat(200_000);
    assertThat(lines(longLine + "\r\n" + longLine, 200_000)).containsExactly(longLine, longLine);
  }

  @Test
  void anEndlessLineStopsAtTheLimit() {
    Reader endless = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) {
        java.util.Arrays.fill(cbuf, off, off + len, '0');
        return len;
      }

      @Override
      public void close() {}
    };
    BoundedLineReader r = new BoundedLineReader(endless, 1 << 20);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        assertThatThrownBy(r::readLine).isInstanceOf(BoundedLineReader.LineTooLongException.class));
  }
}
