package dev.complaints.scoring.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.complaints.core.json.Json;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson parse and binding errors into field paths and reasons. */
final class JsonErrors {
  /** Jackson's message when a coercion is refused, for example {@code Cannot coerce Floating-point value (1.5)}. */
  private static final Pattern REFUSED_COERCION =
      Pattern.compile("^Cannot coerce (Floating-point|String|Integer|Boolean) value \\((.*?)\\) to ");

  /** How Jackson names the JSON value it found in a type mismatch, e.g. "from Array value (token ...)". */
  private static final Pattern FOUND =
      Pattern.compile("from (Array|Object|String|Number|Boolean|Null|Integer|Floating-point) value( \\((.*)\\))?");

  private JsonErrors() {}

  static RecordFormatException toFormat(String source, long line, JsonProcessingException e, String prefix) {
    String path = prefix;
    String reason;
    StreamReadException syntax = syntaxCause(e);
    if (syntax != null) {
      // the parser knows the whole path, also when binding wrapped its error
      reason = "not valid JSON: " + syntax.getOriginalMessage();
      String at = Json.path(syntax);
      String inner = at.startsWith("$.") ? at.substring(2) : at.substring(1);
      if (!inner.isEmpty()) {
        path = path.isEmpty() ? inner : path + (inner.startsWith("[") ? "" : ".") + inner;
      }
      path = path.isEmpty() ? "$" : path;
    } else if (e instanceof JsonMappingException jme) {
      StringBuilder sb = new StringBuilder(prefix);
      for (JsonMappingException.Reference ref : jme.getPath()) {
        if (ref.getFieldName() != null) {
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          sb.append('[').append(ref.getIndex()).append(']');
        }
      }
      FieldException fe = fieldCause(e);
      if (fe != null) {
        if (sb.length() > 0 && !fe.field().isEmpty()) {
          sb.append('.');
        }
        sb.append(fe.field());
        reason = fe.reason();
      } else if (e instanceof MismatchedInputException refused
          && refusedCoercion(refused.getOriginalMessage()) != null) {
        Class<?> target = refused.getTargetType();
        reason = "expected " + (integral(target) ? "a whole number" : expected(target))
            + ", found " + refusedCoercion(refused.getOriginalMessage());
      } else if (e instanceof UnrecognizedPropertyException upe) {
        reason = "unknown field '" + upe.getPropertyName() + "'";
      } else if (e instanceof MismatchedInputException mie && !(e instanceof InvalidFormatException)
          && found(mie.getOriginalMessage()) != null) {
        reason = "expected " + expected(mie.getTargetType()) + ", found " + found(mie.getOriginalMessage());
      } else {
        reason = e.getOriginalMessage();
      }
      path = sb.length() == 0 ? "$" : sb.toString();
    } else {
      reason = "not valid JSON: " + e.getOriginalMessage();
      path = path.isEmpty() ? "$" : path;
    }
    return new RecordFormatException(source, line, path, firstLine(reason), e);
  }

  /** The kind of JSON value a type stands for, in words (records and other classes are JSON objects). */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == String.class || type == Character.class || type == char.class) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isEnum()) {
      return "a string";
    }
    return Map.class.isAssignableFrom(type) ? "an object" : "an object (" + type.getSimpleName() + ")";
  }

  private static boolean integral(Class<?> type) {
    return type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == Byte.class || type == byte.class
        || type == java.math.BigInteger.class;
  }

  /** The value whose coercion was refused, in words ("a number 1.5"), or null for other messages. */
  private static String refusedCoercion(String message) {
    Matcher m = message == null ? null : REFUSED_COERCION.matcher(message);
    return m == null || !m.find() ? null : kind(m.group(1)) + " " + m.group(2);
  }

  /** The JSON value found, in words, or null when Jackson's message does not say. */
  private static String found(String message) {
    Matcher m = message == null ? null : FOUND.matcher(message);
    if (m == null || !m.find()) {
      return null;
    }
    String kind = kind(m.group(1));
    String value = m.group(3);
    return value == null || value.startsWith("token ") ? kind : kind + " " + value;
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
