package dev.complaints.scoring.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.complaints.core.json.internal.Wording;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the monthly unit inputs: a JSON array of {@link UnitInputs} objects. A unit may appear once per
 * period; a field repeated within one object is an error.
 */
public final class UnitInputsReader {
  /** Counts are whole JSON numbers: {@code 1.5} or {@code "3"} is an error, never truncated or converted. */
  private static final ObjectReader READER =
      JsonErrors.strictMapper()
          .readerFor(new TypeReference<List<UnitInputs>>() {})
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private UnitInputsReader() {}

  /**
   * Reads an inputs file (UTF-8).
   *
   * @param file the file
   * @return the inputs, in file order
   * @throws RecordFormatException naming the file, line and field when it is malformed
   * @throws UncheckedIOException when it cannot be read
   */
  public static List<UnitInputs> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException c) {
        long line = Utf8Lines.firstMalformedLine(file);
        throw new UncheckedIOException(file + ": " + (line > 0 ? "line " + line + ": " : "")
            + "cannot read: not valid UTF-8 (" + c.getMessage() + ")", c);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + Utf8Lines.reason(file, e), e);
    }
  }

  /**
   * Reads inputs from a character stream.
   *
   * @param in the JSON text
   * @param source how to name it in errors
   * @return the inputs
   * @throws RecordFormatException naming the source, line and field when it is malformed
   */
  public static List<UnitInputs> read(Reader in, String source) {
    String text;
    try {
      text = readAll(in);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1); // a byte-order mark, as some spreadsheet and CRM exports write
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    List<UnitInputs> all;
    try {
      all = READER.readValue(text);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw JsonErrors.toFormat(source, loc == null ? 0 : loc.getLineNr(), e);
    }
    if (all == null) {
      throw new RecordFormatException(
          source, lineOf(text, -1, null), "$", Wording.mustBe(Wording.ARRAY, "null"), null);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      UnitInputs u = all.get(i);
      if (u == null) {
        throw new RecordFormatException(source, lineOf(text, i, null), "$[" + i + "]",
            Wording.mustBe(Wording.OBJECT, "null"), null);
      }
      String key = u.unit() + "@" + u.period();
      Integer before = seen.putIfAbsent(key, i);
      if (before != null) {
        throw new RecordFormatException(
            source, lineOf(text, i, "unit"), "$[" + i + "].unit",
            "duplicate unit '" + u.unit() + "' for " + u.period() + " (also at $[" + before + "].unit)", null);
      }
    }
    return List.copyOf(all);
  }

  private static String readAll(Reader in) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) >= 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /**
   * The line (1-based) of a value in a text that was already read without error: the top-level value
   * ({@code index} -1), the {@code index}-th entry of the top-level array, or that entry's {@code field}.
   * Only looked up to report an error; 0 when not found.
   */
  private static long lineOf(String text, int index, String field) {
    try (JsonParser p = READER.createParser(text)) {
      JsonToken t = p.nextToken();
      if (index < 0 || t != JsonToken.START_ARRAY) {
        return p.currentTokenLocation().getLineNr();
      }
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        if (i < index) {
          p.skipChildren();
          continue;
        }
        long entry = p.currentTokenLocation().getLineNr();
        if (field != null && p.currentToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (field.equals(p.currentName())) {
              return p.currentTokenLocation().getLineNr();
            }
            p.nextToken();
            p.skipChildren();
          }
        }
        return entry;
      }
    } catch (IOException e) {
      // the text was parsed once already; fall through to "no line"
    }
    return 0;
  }

  /**
   * The inputs of one period, by unit.
   *
   * @param inputs all inputs
   * @param period the month
   * @return unit → inputs for that month
   * @throws IllegalArgumentException when a unit has two entries for the month
   */
  public static Map<String, UnitInputs> forPeriod(Iterable<UnitInputs> inputs, YearMonth period) {
    Map<String, UnitInputs> m = new HashMap<>();
    for (UnitInputs u : inputs) {
      if (u.period().equals(period) && m.putIfAbsent(u.unit(), u) != null) {
        throw new IllegalArgumentException("unit '" + u.unit() + "' has two inputs entries for " + period);
      }
    }
    return m;
  }
}
