package dev.complaints.core.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads JSON text into a tree for the formats: a key repeated within one object is a problem
 * ({@link Wording#DUPLICATE_KEY} at the repeated key; the first value is kept and read on, so that the other
 * problems of the document are found too); numbers with a fraction are exact decimals; text that is not one
 * JSON value is a problem at the path where reading stopped, naming the line and column.
 */
public final class JsonText {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private JsonText() {}

  /**
   * Reads a document.
   *
   * @param text the JSON text, not null
   * @param problems where problems go
   * @return the tree, or null when the text is not one JSON value
   */
  public static JsonNode read(String text, Problems problems) {
    Objects.requireNonNull(text, "json");
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        problems.add(JsonPaths.ROOT, Wording.notJson("no JSON value: the text is empty"));
        return null;
      }
      JsonNode root = value(p, JsonPaths.ROOT, problems);
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        problems.add(JsonPaths.ROOT, Wording.notJson("a second JSON value starts at line " + at.getLineNr()
            + ", column " + at.getColumnNr() + "; only one is allowed"));
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      problems.add(Json.path(e), Wording.notJson(Json.describe(e)));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value at the current token; returns with the parser on the value's last token. */
  private static JsonNode value(JsonParser p, String path, Problems problems) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          String at = JsonPaths.field(path, name);
          JsonNode v = value(p, at, problems);
          if (o.has(name)) {
            problems.add(at, Wording.DUPLICATE_KEY);
          } else {
            o.set(name, v);
          }
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          a.add(value(p, JsonPaths.index(path, a.size()), problems));
        }
        return a;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IllegalStateException("unexpected JSON token " + p.currentToken());
    }
  }
}
