package dev.complaints.core.json.internal;

import java.util.regex.Pattern;

/** JSON paths in the form problems use: {@code $}, {@code $.nodes[2].limit}, {@code $.exceptions['2026-10-01']}. */
public final class JsonPaths {
  /** The root of a document. */
  public static final String ROOT = "$";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPaths() {}

  /**
   * The path of a field of an object: {@code parent.name}, or {@code parent['name']} for a name that is not an
   * identifier (a date, a name with a dash or a space).
   *
   * @param parent the object's path
   * @param name the field name
   * @return the field's path
   */
  public static String field(String parent, String name) {
    return NAME.matcher(name).matches() ? parent + "." + name : parent + "['" + name.replace("'", "\\'") + "']";
  }

  /**
   * The path of an element of an array: {@code parent[i]}.
   *
   * @param parent the array's path
   * @param index the index, from 0
   * @return the element's path
   */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
