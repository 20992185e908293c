package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read in parts gives every ticket once, in the order of the file, and the errors of reading in order. */
class ReadInPartsTest {
  private static final String LINE = "{\"id\":\"T-%d\",\"unit\":\"p\",\"channel\":\"PHONE\",\"category\":\"C\","
      + "\"grade\":\"GENERAL\",\"acceptedAt\":\"2026-10-05T10:00:00+08:00\"}";

  @Test
  void everyTicketOnceInOrderWhateverTheLineEndsAndParts(@TempDir Path dir) throws Exception {
    Random random = new Random(7);
    String[] ends = {"\n", "\r\n", "\r", "\n\n", "\r\n  \r\n"};
    StringBuilder text = new StringBuilder("\uFEFF");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      text.append(String.format(LINE, i)).append(ends[random.nextInt(ends.length)]);
      ids.add("T-" + i);
    }
    Path file = dir.resolve("t.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    for (int parts = 1; parts <= 9; parts++) {
      assertThat(ids(file, parts)).as("%d parts", parts).isEqualTo(ids);
    }
    assertThat(ids(file, 600)).isEqualTo(ids);
  }

  @Test
  void aBadLineFailsAsReadingInOrderDoes(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      text.append(i == 250 ? "{\"id\":1}" : i == 170 ? String.format(LINE, i).replace("PHONE", "FAX")
          : String.format(LINE, i)).append('\n');
    }
    Path file = dir.resolve("t.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    String inOrder = null;
    try {
      ids(file, 1);
    } catch (RecordFormatException e) {
      inOrder = e.getMessage();
    }
    assertThat(inOrder).contains("line 171: $.channel");
    for (int parts = 2; parts <= 5; parts++) {
      int p = parts;
      assertThatThrownBy(() -> ids(file, p)).isInstanceOf(RecordFormatException.class).hasMessage(inOrder);
    }
  }

  private static List<String> ids(Path file, int parts) {
    return TicketReader.readInParts(file, parts, ArrayList::new, (list, t) -> list.add(t.id()), (a, b) -> {
      a.addAll(b);
      return a;
    });
  }
}
