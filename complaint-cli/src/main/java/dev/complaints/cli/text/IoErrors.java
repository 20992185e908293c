package dev.complaints.cli.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in words why a file operation failed, for one-line error messages (no exception class names). */
public final class IoErrors {
  private IoErrors() {}

  /**
   * Why an I/O operation failed, in words.
   *
   * @param e the failure
   * @return for example "no such file or directory" or "permission denied"
   */
  public static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException f) {
      return "'" + f.getFile() + "' exists and is not a directory";
    }
    if (e instanceof NotDirectoryException f) {
      return "'" + f.getFile() + "' is not a directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
