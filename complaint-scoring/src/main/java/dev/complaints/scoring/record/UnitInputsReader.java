package dev.complaints.scoring.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.complaints.core.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
  private static final ObjectReader READER =
      wholeNumbersOnly(Json.mapper())
          .readerFor(new TypeReference<List<UnitInputs>>() {})
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private UnitInputsReader() {}

  /**
   * Counts are whole JSON numbers: {@code 1.5} or {@code "3"} is an error, never silently truncated or
   * converted (Jackson would otherwise read 1.5 as 1).
   */
  private static ObjectMapper wholeNumbersOnly(ObjectMapper mapper) {
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

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
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
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
    List<UnitInputs> all;
    try {
      all = READER.readValue(in);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw JsonErrors.toFormat(source, loc == null ? 0 : loc.getLineNr(), e, "");
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (all == null) {
      throw new RecordFormatException(source, 0, "$", "expected a JSON array of unit inputs, got null", null);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      UnitInputs u = all.get(i);
      if (u == null) {
        throw new RecordFormatException(source, 0, "[" + i + "]", "null entry", null);
      }
      String key = u.unit() + "@" + u.period();
      Integer before = seen.putIfAbsent(key, i);
      if (before != null) {
        throw new RecordFormatException(
            source, 0, "[" + i + "].unit",
            "unit '" + u.unit() + "' already has inputs for " + u.period() + " at [" + before + "]", null);
      }
    }
    return List.copyOf(all);
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
