package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines split as bytes are the lines {@link BufferedReader#readLine()} gives, across reads of any size. */
class ByteLinesTest {
  private static final String[] PIECES = {"a", "{\"id\":\"T-1\"}", " ", "\t", "投诉", "\uD83D\uDE00", "é", "0123456789"};
  private static final String[] ENDS = {"\n", "\r", "\r\n", "\n\n", "\r\r\n"};

  @Test
  void linesAreThoseOfAReader() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      StringBuilder text = new StringBuilder();
      int target = r.nextInt(4) == 0 ? 200_000 : r.nextInt(3000);
      while (text.length() < target) {
        int pieces = r.nextInt(r.nextInt(10) == 0 ? 20_000 : 60);
        for (int i = 0; i < pieces; i++) {
          text.append(PIECES[r.nextInt(PIECES.length)]);
        }
        if (r.nextInt(20) != 0 || text.length() < target) {
          text.append(ENDS[r.nextInt(ENDS.length)]);
        }
      }
      List<String> expected = new BufferedReader(new StringReader(text.toString())).lines().toList();
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      List<String> actual = new ArrayList<>();
      // a stream that gives few bytes at a time, so that lines and characters are split by reads
      ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, 1 + r.nextInt(r.nextBoolean() ? 7 : 70_000)));
        }
      };
      try (ByteLines lines = new ByteLines(in, BoundedLineReader.DEFAULT_MAX_LINE_CHARS, Long.MAX_VALUE)) {
        while (lines.next()) {
          actual.add(new String(lines.bytes(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8));
        }
      }
      assertThat(actual).isEqualTo(expected);
    });
  }
}
