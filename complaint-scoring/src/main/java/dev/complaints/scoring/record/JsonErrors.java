package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.complaints.core.json.Json;
import dev.complaints.core.json.internal.JsonPaths;
import dev.complaints.core.json.internal.Wording;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fast path of the records: Jackson binds a line straight to a record, and this turns its parse and binding
 * errors into a JSON path and the wording every JSON format of the library uses (docs/json.md).
 */
final class JsonErrors {
  /** Jackson's message when a coercion is refused, for example {@code Cannot coerce Floating-point value (1.5)}. */
  private static final Pattern REFUSED_COERCION =
      Pattern.compile("^Cannot coerce (Floating-point|String|Integer|Boolean) value \\((.*?)\\) to ");

  /** How Jackson names the JSON value it found in a type mismatch, e.g. "from Array value (token ...)". */
  private static final Pattern FOUND =
      Pattern.compile("from (Array|Object|String|Number|Boolean|Null|Integer|Floating-point) value( \\((.*)\\))?");

  /** The fields of each record type, in the order of its JSON creator. */
  private static final ClassValue<List<String>> FIELDS = new ClassValue<>() {
    @Override
    protected List<String> computeValue(Class<?> type) {
      for (Method m : type.getDeclaredMethods()) {
        if (m.isAnnotationPresent(JsonCreator.class) && m.getParameterCount() > 0
            && m.getParameters()[0].isAnnotationPresent(JsonProperty.class)) {
          List<String> names = new ArrayList<>();
          for (Parameter p : m.getParameters()) {
            names.add(p.getAnnotation(JsonProperty.class).value());
          }
          return List.copyOf(names);
        }
      }
      return List.of();
    }
  };

  private JsonErrors() {}

  /**
   * The mapper the record readers bind with: strings are strings and whole numbers are whole numbers — a number
   * given for a string, or {@code 1.5} or {@code "3"} for an integer, is an error, never converted.
   *
   * @return a new mapper
   */
  static ObjectMapper strictMapper() {
    ObjectMapper mapper = Json.mapper();
    for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float)) {
      for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
          CoercionInputShape.String, CoercionInputShape.Boolean)) {
        boolean natural = (type == LogicalType.Textual && shape == CoercionInputShape.String)
            || (type == LogicalType.Integer && shape == CoercionInputShape.Integer)
            || (type == LogicalType.Float && (shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer));
        if (!natural) {
          mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
      }
    }
    return mapper;
  }

  static RecordFormatException toFormat(String source, long line, JsonProcessingException e) {
    String path;
    String reason;
    StreamReadException syntax = syntaxCause(e);
    if (syntax != null) {
      // the parser knows the whole path, also when binding wrapped its error
      path = Json.path(syntax);
      String message = firstLine(syntax.getOriginalMessage());
      reason = message.startsWith("Duplicate field") ? Wording.DUPLICATE_KEY
          : Wording.notJson(message + column(syntax));
    } else if (e instanceof JsonMappingException jme) {
      path = JsonPaths.ROOT;
      for (JsonMappingException.Reference ref : jme.getPath()) {
        if (ref.getFieldName() != null) {
          path = JsonPaths.field(path, ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path = JsonPaths.index(path, ref.getIndex());
        }
      }
      FieldException fe = fieldCause(e);
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
        path = JsonPaths.ROOT;
        reason = Wording.notJson("a second JSON value starts" + column(e) + "; only one is allowed");
      } else if (fe != null) {
        if (!fe.field().isEmpty()) {
          path = fe.field().startsWith("[") ? path + fe.field() : path + "." + fe.field();
        }
        reason = fe.reason();
      } else if (e instanceof UnrecognizedPropertyException upe) {
        reason = Wording.unknownField(fields(upe));
      } else if (e instanceof MismatchedInputException mie && refusedCoercion(mie.getOriginalMessage()) != null) {
        reason = Wording.mustBe(expected(mie.getTargetType()), refusedCoercion(mie.getOriginalMessage()));
      } else if (e instanceof MismatchedInputException mie && found(mie.getOriginalMessage()) != null) {
        reason = Wording.mustBe(expected(mie.getTargetType()), found(mie.getOriginalMessage()));
      } else {
        reason = e.getOriginalMessage();
      }
    } else {
      path = JsonPaths.ROOT;
      reason = Wording.notJson(e.getOriginalMessage());
    }
    return new RecordFormatException(source, line, path, firstLine(reason), e);
  }

  /** Where an error is on its line, when the parser says: {@code " at column 12"}. */
  private static String column(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
        : " at column " + e.getLocation().getColumnNr();
  }

  /** The fields of the record whose field was unknown, in the order of its JSON creator. */
  private static Collection<String> fields(UnrecognizedPropertyException upe) {
    List<String> declared = upe.getReferringClass() == null ? List.of() : FIELDS.get(upe.getReferringClass());
    if (!declared.isEmpty()) {
      return declared;
    }
    List<String> known = new ArrayList<>();
    if (upe.getKnownPropertyIds() != null) {
      upe.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
    }
    return known;
  }

  /** The kind of JSON value a type stands for, in words (records and other classes are JSON objects). */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == String.class || type == Character.class || type == char.class || type.isEnum()) {
      return Wording.STRING;
    }
    if (integral(type)) {
      return Wording.integer(Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return Wording.NUMBER;
    }
    if (type == Boolean.class || type == boolean.class) {
      return Wording.BOOLEAN;
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return Wording.ARRAY;
    }
    return Wording.OBJECT;
  }

  private static boolean integral(Class<?> type) {
    return type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == Byte.class || type == byte.class
        || type == java.math.BigInteger.class;
  }

  /** The value whose coercion was refused, as problems show it, or null for other messages. */
  private static String refusedCoercion(String message) {
    Matcher m = message == null ? null : REFUSED_COERCION.matcher(message);
    return m == null || !m.find() ? null : value(m.group(1), m.group(2));
  }

  /** The JSON value found, as problems show it, or null when Jackson's message does not say. */
  private static String found(String message) {
    Matcher m = message == null ? null : FOUND.matcher(message);
    if (!(m != null && m.find())) {
      return null;
    }
    String value = m.group(3);
    return value == null || value.startsWith("token ") ? kind(m.group(1)) : value(m.group(1), value);
  }

  /** A value of a kind Jackson names ("String", "Integer" …) as problems show it: strings as JSON strings. */
  private static String value(String jacksonKind, String value) {
    return switch (jacksonKind) {
      case "String" -> Wording.found(unquote(value));
      case "Array", "Object", "Null" -> kind(jacksonKind);
      default -> Wording.number(value);
    };
  }

  private static String unquote(String s) {
    boolean quoted = s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0);
    return quoted ? s.substring(1, s.length() - 1) : s;
  }

  /** A kind of JSON value as Jackson names it ("Floating-point"), in words ("a number"). */
  private static String kind(String jacksonKind) {
    return switch (jacksonKind) {
      case "Array" -> "an array";
      case "Object" -> "an object";
      case "String" -> "a string";
      case "Boolean" -> "a boolean";
      case "Null" -> "null";
      default -> "a number";
    };
  }

  private static StreamReadException syntaxCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof StreamReadException sre) {
        return sre;
      }
    }
    return null;
  }

  private static FieldException fieldCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof FieldException fe) {
        return fe;
      }
    }
    return null;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid value";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
