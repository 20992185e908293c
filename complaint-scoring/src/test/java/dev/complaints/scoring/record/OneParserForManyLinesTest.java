package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * A file's whole lines read with one parser for many lines give what a parser for each line gives: the same
 * records on the same line numbers, the same errors worded alike, the same lines skipped, for files of many
 * buffers with blank lines, padded lines, damaged lines, objects over two lines or two objects on one, every kind
 * of line end, a byte-order mark and bytes that are not UTF-8.
 */
class OneParserForManyLinesTest {
  private static final String[] ENDS = {"\n", "\n", "\n", "\r\n", "\r"};

  @TempDir
  Path dir;

  @Test
  void readsAsAParserForEachLineReads() {
    Gen<String> line = RecordGenerators.tickets().zip(RecordGenerators.zones(), TicketWriter::toJsonLine);
    // no shrinking: a falsified file of hundreds of tickets is shown whole, and shrinking it is slow
    qt().withExamples(60).withShrinkCycles(0).forAll(lists().of(line).ofSizeBetween(0, 250), longs().all()).checkAssert((lines, seed) -> {
      Random r = new Random(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (r.nextInt(8) == 0) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      boolean crs = r.nextInt(4) == 0;
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        int at = r.nextInt(l.length());
        String text = switch (r.nextInt(r.nextBoolean() ? 12 : 60)) {
          case 0 -> "";
          case 1 -> " \t ";
          case 2 -> "  " + l;
          case 3 -> l + " ";
          case 4 -> l.substring(0, at) + l.substring(at + 1);
          case 5 -> l.substring(0, at) + "\n" + l.substring(at);
          case 6 -> l.replaceFirst(",", ",\n");
          case 7 -> l + l;
          case 8 -> l.replace("\"id\"", "\"idx\"");
          case 9 -> l.substring(0, at);
          default -> l;
        };
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        if (i < lines.size() - 1 || r.nextBoolean()) {
          out.writeBytes(ENDS[r.nextInt(crs ? ENDS.length : 1)].getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] bytes = out.toByteArray();
      if (bytes.length > 0 && r.nextInt(10) == 0) {
        bytes[r.nextInt(bytes.length)] = (byte) 0xFF;
      }
      Path file = dir.resolve("tickets-" + seed + ".jsonl");
      try {
        Files.write(file, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(read(file, true, true)).isEqualTo(read(file, false, true));
      assertThat(read(file, true, false)).isEqualTo(read(file, false, false));
    });
  }

  @Test
  void aFileOfWrittenTicketsIsReadWhole() {
    Gen<String> line = RecordGenerators.tickets().zip(RecordGenerators.zones(), TicketWriter::toJsonLine);
    qt().withExamples(20).withShrinkCycles(0).forAll(lists().of(line).ofSizeBetween(100, 300)).checkAssert(lines -> {
      Path file = dir.resolve("written.jsonl");
      try {
        // as bytes: an unpaired surrogate (the generator makes some) is written as '?'
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Object> read = read(file, true, false);
      assertThat(read).hasSize(lines.size() + 1).last().isEqualTo("end at line " + lines.size() + ", skipped 0");
      assertThat(read).isEqualTo(read(file, false, false));
      // most lines come from the parser of a buffer's lines: not the first, nor one across a buffer's end
      try (TicketReader reader = TicketReader.open(file)) {
        reader.forEachRemaining(t -> { });
        assertThat(reader.readFromBatches()).isGreaterThanOrEqualTo(lines.size() / 2);
      }
      try (TicketReader reader = TicketReader.open(file).lineByLine()) {
        reader.forEachRemaining(t -> { });
        assertThat(reader.readFromBatches()).isZero();
      }
    });
  }

  /** Every record with its line number, every error, and how reading ended. */
  private static List<Object> read(Path file, boolean oneParser, boolean skip) {
    List<Object> out = new ArrayList<>();
    try (TicketReader reader = TicketReader.open(file)) {
      if (!oneParser) {
        reader.lineByLine();
      }
      if (skip) {
        reader.skipInvalid(e -> out.add("skipped: " + e.getMessage()));
      }
      while (reader.hasNext()) {
        out.add(List.of(reader.lineNumber(), reader.next()));
      }
      out.add("end at line " + reader.lineNumber() + ", skipped " + reader.skipped());
    } catch (RuntimeException e) {
      out.add(e.getClass().getName() + ": " + e.getMessage());
    }
    return out;
  }
}
