package dev.complaints.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.complaints.core.json.internal.JsonPaths;

/**
 * The project's Jackson configuration: java.time as ISO-8601 text, unknown properties rejected, no default
 * typing (polymorphic types are named explicitly with {@code @JsonTypeInfo}/{@code @JsonSubTypes}).
 */
public final class Json {
  private Json() {}

  /**
   * A new mapper with the project's settings. Mappers are thread-safe once configured; callers that
   * parse often should keep one.
   *
   * @return a new, configured mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Reads a JSON document strictly, for definition files: like {@link #mapper()}{@code .readTree(text)}, but a
   * field name repeated within one object is an error (the default reader silently keeps the last value), empty
   * text is an error rather than a missing node, and numbers with a fraction are exact decimals (as the formats
   * read them: {@code 0.1} is the decimal 0.1, {@code 1e400} a large number rather than an infinite double).
   *
   * @param text the JSON text, not null
   * @return the tree
   * @throws JsonProcessingException when the text is not one JSON value or repeats a field name; {@link
   *     #describe(JsonProcessingException)} turns it into a message with the JSON path and the line and column
   */
  public static JsonNode readStrict(String text) throws JsonProcessingException {
    JsonNode tree = mapper().reader()
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .readTree(text);
    if (tree == null || tree.isMissingNode()) {
      throw new com.fasterxml.jackson.core.JsonParseException(null, "no JSON value: the text is empty");
    }
    return tree;
  }

  /**
   * The JSON path at which a parse error happened, in the {@code $.nodes[0].name} form used by validation
   * problems ({@code $.exceptions['2026-10-01']} for a name that is not an identifier).
   *
   * @param e the error
   * @return the path, {@code $} when unknown or at the root
   */
  public static String path(JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return "$";
    }
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext ctx = parser.getParsingContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
      if (ctx.inArray()) {
        if (ctx.getCurrentIndex() >= 0) {
          path.insert(0, "[" + ctx.getCurrentIndex() + "]");
        }
      } else if (ctx.getCurrentName() != null) {
        path.insert(0, JsonPaths.field("", ctx.getCurrentName()));
      }
    }
    return "$" + path;
  }

  /**
   * A one-line description of a parse error: what is wrong, where (line and column, when known). A repeated
   * field name is described as the formats describe it, {@code duplicate key} (docs/json.md).
   *
   * @param e the error
   * @return for example {@code "duplicate key at line 3, column 12"}
   */
  public static String describe(JsonProcessingException e) {
    var loc = e.getLocation();
    String where = loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column "
        + loc.getColumnNr();
    // Jackson names locations inside the message as "[Source: REDACTED (...); line: 1, column: 22]"
    String what = String.valueOf(e.getOriginalMessage())
        .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replaceFirst("^Duplicate field '.*'$", "duplicate key");
    return what + where;
  }
}
