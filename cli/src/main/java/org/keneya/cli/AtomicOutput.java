package org.keneya.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.keneya.core.error.InvalidDataException;

/**
 * Writes an output completely or not at all: into a hidden temporary sibling ({@code
 * .NAME.keneya-PID-RANDOM.tmp}, in the same folder so the move cannot cross file systems), then
 * {@link Files#move} with {@link StandardCopyOption#ATOMIC_MOVE}. After any failure the temporary
 * sibling is deleted — also when the JVM is stopped half way, by a shutdown hook — so no partial
 * output exists and a file that was already there is unchanged. A process killed outright ({@code
 * kill -9}) runs no hook: the PID in the name lets the next write to the same target recognise the
 * siblings of a process that is gone and remove them.
 */
final class AtomicOutput {
  /** Temporary siblings being written: deleted if the JVM stops half way (Ctrl-C). */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(AtomicOutput::deleteQuietly),
        "keneya-temporary-files"));
  }

  /** How a temporary file is opened; a test substitutes one whose writes fail, as on a full disk. */
  private static volatile Opener opener = Files::newOutputStream;

  /** Why a standard output that a {@link PrintStream} reports in error cannot be written. */
  static final String CLOSED = "a closed pipe or a full disk?";

  private AtomicOutput() {}

  /** Opens the temporary file a body writes into. */
  interface Opener {
    OutputStream open(Path temporary) throws IOException;
  }

  /** For tests: opens temporary files with {@code next} from now on; returns the opener it replaces. */
  static Opener openWith(Opener next) {
    Opener previous = opener;
    opener = next;
    return previous;
  }

  /** Writes the bytes of one file. */
  interface FileBody {
    void write(OutputStream out) throws IOException;
  }

  /**
   * A new file inside a staging folder, opened as temporary files are (so a test's opener sees every
   * byte written), buffered; the caller closes it.
   */
  static OutputStream newFile(Path file) throws IOException {
    return new BufferedOutputStream(opener.open(file), 1 << 16);
  }

  /** Fills an empty folder. */
  interface FolderBody {
    void write(Path folder) throws IOException;
  }

  /** Writes {@code target} (named {@code display} in messages); an existing file is replaced only on success. */
  static void file(Path target, String display, FileBody body) {
    if (Files.isDirectory(target)) {
      throw CliException.usage(display + ": is a folder; give a file name");
    }
    Path parent = parentOf(target, display);
    Path temporary = null;
    boolean done = false;
    try {
      removeStale(parent, target);
      temporary = sibling(parent, target, false);
      IN_FLIGHT.add(temporary);
      try (OutputStream out = newFile(temporary)) {
        body.write(out);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    } catch (IOException e) {
      throw CliException.write(display, e);
    } catch (RuntimeException e) {
      throw writeFailure(display, e);
    } finally {
      if (temporary != null) {
        if (!done) {
          deleteQuietly(temporary);
        }
        IN_FLIGHT.remove(temporary);
      }
    }
  }

  /**
   * Writes straight into {@code out} (standard output: no temporary file, and nothing to undo), which
   * stays open for whatever is written after. {@code display} names it in messages.
   */
  static void direct(OutputStream out, String display, FileBody body) {
    OutputStream unclosed = new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        // A PrintStream (System.out) swallows its failures: without asking, a conversion into a pipe
        // whose reader has gone (| head) would run to its end for nothing.
        if (out instanceof PrintStream && ((PrintStream) out).checkError()) {
          throw new IOException(CLOSED);
        }
      }

      @Override
      public void close() throws IOException {
        flush(); // a writer closing its stream must not close standard output
      }
    };
    try (OutputStream buffered = new BufferedOutputStream(unclosed, 1 << 16)) {
      body.write(buffered);
    } catch (IOException e) {
      throw CliException.write(display, e);
    } catch (RuntimeException e) {
      throw writeFailure(display, e);
    }
  }

  /** Writes the folder {@code target}, which must not exist or be empty. */
  static void folder(Path target, String display, FolderBody body) {
    boolean existed = Files.exists(target);
    if (existed && !Files.isDirectory(target)) {
      throw CliException.usage(display + ": exists and is not a folder");
    }
    if (existed && !isEmpty(target, display)) {
      throw CliException.usage(display + ": the folder exists and is not empty; write into a new folder");
    }
    Path parent = parentOf(target, display);
    Path staging = null;
    boolean done = false;
    try {
      removeStale(parent, target);
      staging = sibling(parent, target, true);
      IN_FLIGHT.add(staging);
      body.write(staging);
      if (existed) {
        Files.delete(target); // empty, checked above
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    } catch (IOException e) {
      throw CliException.write(display, e);
    } catch (RuntimeException e) {
      throw writeFailure(display, e);
    } finally {
      if (staging != null) {
        if (!done) {
          deleteQuietly(staging);
        }
        IN_FLIGHT.remove(staging);
      }
    }
  }

  /**
   * An unchecked exception from a body, as a write failure on {@code display} when an I/O failure is
   * behind it (Jackson's {@code JacksonIOException}, an {@link java.io.UncheckedIOException} from the
   * CSV writers); otherwise unchanged. A {@link CliException} already names its file (an input the
   * body streams from) and stays as it is, and so does bad data read from such an input.
   */
  private static RuntimeException writeFailure(String display, RuntimeException e) {
    // bad data from an input the body streams from is the input's, whatever Java counts as I/O in it
    boolean notOurs = e instanceof CliException || e instanceof InvalidDataException;
    IOException io = notOurs ? null : CliException.ioCause(e);
    return io == null ? e : CliException.write(display, io);
  }

  private static Path parentOf(Path target, String display) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw CliException.io(display, "cannot write there, the folder it would be in does not exist");
    }
    return parent;
  }

  private static boolean isEmpty(Path folder, String display) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw CliException.io(display, e);
    }
  }

  /** A new hidden file or folder beside {@code target}, created with the default permissions. */
  private static Path sibling(Path parent, Path target, boolean folder) throws IOException {
    String name = prefix(target) + ProcessHandle.current().pid() + "-";
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve(name + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      try {
        return folder ? Files.createDirectory(candidate) : Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** How every temporary sibling of {@code target} begins: {@code .NAME.keneya-}. */
  private static String prefix(Path target) {
    return "." + target.getFileName() + ".keneya-";
  }

  /**
   * Deletes the temporary siblings of {@code target}, files and folders, left by processes that are
   * gone (killed before their shutdown hook could run). A live process's siblings are its work in
   * progress and stay; a name without a PID (written by an older Keneya) is left alone too, since its
   * owner cannot be told.
   */
  private static void removeStale(Path parent, Path target) throws IOException {
    String prefix = prefix(target);
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, path -> isStale(path, prefix))) {
      siblings.forEach(AtomicOutput::deleteQuietly);
    }
  }

  private static boolean isStale(Path path, String prefix) {
    String name = path.getFileName().toString();
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) {
      return false;
    }
    String rest = name.substring(prefix.length());
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(rest.substring(0, dash))).isEmpty();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Deletes a file or a folder tree, ignoring failures (this runs after a failure already reported). */
  static void deleteQuietly(Path path) {
    try {
      if (Files.isDirectory(path)) {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
          walk.forEach(all::add);
        }
        all.sort(Comparator.reverseOrder()); // children before their folder
        for (Path p : all) {
          Files.deleteIfExists(p);
        }
      } else {
        Files.deleteIfExists(path);
      }
    } catch (IOException | RuntimeException e) {
      // best effort: the original failure is what the user needs to see
    }
  }
}
