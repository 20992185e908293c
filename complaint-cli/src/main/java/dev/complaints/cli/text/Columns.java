package dev.complaints.cli.text;

import java.util.List;

/**
 * Pads text into columns by its width in a terminal, where Chinese characters take two cells: padding by
 * {@code String.length()} would misalign every column after a Chinese label.
 */
public final class Columns {
  private Columns() {}

  /**
   * The width of a text in terminal cells: 2 for East Asian wide and full-width characters, 1 for the rest.
   *
   * @param text the text
   * @return the width
   */
  public static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      w += wide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return w;
  }

  /**
   * The text followed by spaces up to the width (nothing is cut).
   *
   * @param text the text
   * @param width the width in cells
   * @return the padded text
   */
  public static String pad(String text, int width) {
    int missing = width - width(text);
    return missing <= 0 ? text : text + " ".repeat(missing);
  }

  /**
   * Spaces and then the text, up to the width (nothing is cut).
   *
   * @param text the text
   * @param width the width in cells
   * @return the padded text
   */
  public static String padLeft(String text, int width) {
    int missing = width - width(text);
    return missing <= 0 ? text : " ".repeat(missing) + text;
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }

  /**
   * Rows as a table: each row indented by two spaces, its cells two spaces apart and as wide as the widest cell
   * of their column (the last cell is not padded).
   *
   * @param sb where to append the lines
   * @param rows the rows, the heading first; all of the same length
   */
  public static void table(StringBuilder sb, List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    for (List<String> row : rows) {
      sb.append("  ");
      for (int i = 0; i < columns; i++) {
        sb.append(i == columns - 1 ? row.get(i) : pad(row.get(i), widths[i]) + "  ");
      }
      sb.append('\n');
    }
  }
}
