package dev.complaints.examples.crm.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bearer tokens of the web tests, and the tokens file that holds them. */
final class TestTokens {
  static final String DESK = "desk-token-0123456789";
  static final String DISPATCHER = "dispatcher-token-0123456789";
  static final String IMPORTER = "import-token-0123456789";
  static final String IMPORT_ONLY = "import-only-token-0123456789";

  private TestTokens() {}

  /** Writes the tokens file into a folder and returns its path. */
  static Path write(Path folder) {
    try {
      Files.createDirectories(folder);
      return Files.writeString(folder.resolve("tokens.json"), """
          [{"token":"%s","actor":"desk-1","roles":["CUSTOMER_SERVICE"]},
           {"token":"%s","actor":"li","roles":["DISPATCHER"]},
           {"token":"%s","actor":"importer","roles":["IMPORT","CUSTOMER_SERVICE"]},
           {"token":"%s","actor":"loader","roles":["IMPORT"]}]
          """.formatted(DESK, DISPATCHER, IMPORTER, IMPORT_ONLY));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
