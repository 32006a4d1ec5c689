package org.keneya.cli;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * A failure the command line reports as one line on stderr with its exit code: a usage error
 * ({@link KeneyaCli#EXIT_USAGE}), an I/O failure on a named file ({@link KeneyaCli#EXIT_IO}) or bad
 * data in a named file ({@link KeneyaCli#EXIT_DATA}).
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A usage error: a wrong option, an unknown format or kind. */
  static CliException usage(String message) {
    return new CliException(KeneyaCli.EXIT_USAGE, message);
  }

  /**
   * Bad data in {@code file}: the library's message, with the file named first if it is not already.
   * A reader may wrap an I/O failure in its malformed-input error (the JSON readers do, with a JSON
   * pointer): that is an I/O failure, never invalid data.
   */
  static CliException data(String file, org.keneya.core.error.InvalidDataException e) {
    IOException io = readFailureIn(e);
    if (io != null) {
      return io(file, io);
    }
    return new CliException(KeneyaCli.EXIT_DATA, DataFiles.describe(e, file), e);
  }

  /**
   * The I/O failure behind bad data, or null. What Java counts as an I/O failure but is bad data
   * is left as bad data: bytes not valid in their encoding ({@link CharConversionException}, {@link
   * CharacterCodingException} — a zip entry's name not UTF-8), a damaged or cut zip ({@link
   * ZipException}, {@link EOFException}).
   */
  static @Nullable IOException readFailureIn(Throwable e) {
    IOException io = ioCause(e);
    boolean badData = io instanceof CharConversionException || io instanceof CharacterCodingException
        || io instanceof ZipException || io instanceof EOFException;
    return badData ? null : io;
  }

  /** An I/O failure reading {@code file} (as the user wrote it), described without a stack trace. */
  static CliException io(String file, IOException e) {
    return new CliException(KeneyaCli.EXIT_IO, file + ": " + describe(e), e);
  }

  /** An input that is missing or unreadable, found before anything is read. */
  static CliException io(String file, String problem) {
    return new CliException(KeneyaCli.EXIT_IO, file + ": " + problem);
  }

  /** An I/O failure writing {@code file}: a full disk, a permission, a closed pipe. */
  static CliException write(String file, IOException e) {
    // The file a FileSystemException names is the hidden temporary sibling: its reason is enough.
    boolean generic = e instanceof java.nio.file.FileSystemException && e.getClass() == java.nio.file.FileSystemException.class;
    String reason = generic ? ((java.nio.file.FileSystemException) e).getReason() : null;
    return new CliException(KeneyaCli.EXIT_IO, file + ": cannot write: " + (reason == null ? describe(e) : reason), e);
  }

  /**
   * The I/O failure behind an unchecked exception, or null. Jackson wraps an {@link IOException} in
   * its unchecked {@code JacksonIOException} and the CSV writers in {@link
   * java.io.UncheckedIOException}: both must still count as I/O failures, not as bugs.
   */
  static @Nullable IOException ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException) {
        return (IOException) t;
      }
    }
    return null;
  }

  /** {@code no such file or directory}, {@code permission denied}… or the exception's own message. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory" + other((NoSuchFileException) e);
    } else if (e instanceof AccessDeniedException) {
      return "permission denied" + other((AccessDeniedException) e);
    } else if (e instanceof FileAlreadyExistsException) {
      return "already exists" + other((FileAlreadyExistsException) e);
    } else if (e instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    } else if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an input or output error" : message;
  }

  /** The file an exception names when it is not the file in question (a temporary file, a parent). */
  private static String other(java.nio.file.FileSystemException e) {
    return e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")";
  }

  int exitCode() {
    return exitCode;
  }
}
