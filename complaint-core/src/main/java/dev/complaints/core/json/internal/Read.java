package dev.complaints.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How to read one JSON value: {@link Reads} has one for each JSON type.
 *
 * @param <T> the value read
 */
@FunctionalInterface
public interface Read<T> {
  /**
   * Reads a value that is present.
   *
   * @param node the value, not null and not JSON null
   * @param path its JSON path
   * @param problems where to record what is wrong
   * @return the value, or null after recording at least one problem
   */
  T read(JsonNode node, String path, Problems problems);
}
