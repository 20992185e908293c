package dev.complaints.scoring.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.complaints.core.json.Json;

/** Turns Jackson parse and binding errors into field paths and reasons. */
final class JsonErrors {
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
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(fe.field());
        reason = fe.reason();
      } else if (e instanceof UnrecognizedPropertyException upe) {
        reason = "unknown field '" + upe.getPropertyName() + "'";
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
