package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each exit code through {@link KeneyaCli#run}: a script must tell a typo (2) from a full disk (4),
 * and every I/O failure names the file and what failed, without a Java class name.
 */
class ExitCodesTest {
  @TempDir
  Path dir;

  private Path json;

  @BeforeEach
  void generate() {
    json = Cli.writeJson(Cli.generated(5, 20), dir.resolve("data.json"));
  }

  @Test
  void aConversionThatWorksExitsZero() {
    Cli.Result result = Cli.run("convert", Cli.s(json), Cli.s(dir.resolve("out.jsonl")));
    assertEquals(KeneyaCli.EXIT_OK, result.exit(), result::toString);
  }

  @Test
  void dataThatJavaReadsAsAnIoExceptionIsStillBadDataAndExitsOne() throws IOException {
    // a zip entry's name not UTF-8 (CharacterCodingException), a damaged zip (ZipException) and a
    // table not UTF-8 (CharConversionException) are bad data, though Java counts them as I/O failures
    Path zip = dir.resolve("data.zip");
    assertEquals(KeneyaCli.EXIT_OK, Cli.run("convert", Cli.s(json), Cli.s(zip)).exit());
    byte[] bytes = Files.readAllBytes(zip);
    byte[] badName = bytes.clone();
    badName[30] = (byte) 0xC3; // the first byte of the first entry's name: a lead byte with no continuation
    badName[31] = (byte) 0x28;
    byte[] damaged = bytes.clone();
    java.util.Arrays.fill(damaged, 60, 90, (byte) 0xFF); // inside the first entry's deflated bytes
    Path table = Files.write(dir.resolve("recommendation.csv"), new byte[] {'i', 'd', '\n', (byte) 0xC3, '\n'});
    for (Path bad : List.of(Files.write(dir.resolve("bad-name.zip"), badName), Files.write(dir.resolve("damaged.zip"), damaged), table)) {
      for (String command : List.of("validate", "convert")) {
        Cli.Result result = command.equals("validate")
            ? Cli.run("validate", Cli.s(bad))
            : Cli.run("convert", Cli.s(bad), Cli.s(dir.resolve("out.jsonl")));
        assertEquals(KeneyaCli.EXIT_DATA, result.exit(), result::toString);
        assertTrue(result.err().startsWith("keneya: " + Cli.s(bad)), result::toString);
      }
    }
  }

  @Test
  void malformedInputExitsOne() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"keneya-dataset\",");
    Cli.Result result = Cli.run("convert", Cli.s(bad), Cli.s(dir.resolve("out.jsonl")));
    assertEquals(KeneyaCli.EXIT_DATA, result.exit(), result::toString);
    assertTrue(result.err().startsWith("keneya: " + bad), result::toString);
  }

  @Test
  void anUnknownOptionExitsTwo() {
    Cli.Result result = Cli.run("convert", "--bogus", Cli.s(json), Cli.s(dir.resolve("out.jsonl")));
    assertEquals(KeneyaCli.EXIT_USAGE, result.exit(), result::toString);
  }

  @Test
  void aFailureThatIsNotAnIoFailureExitsThreeWithoutAClassName() {
    Cli.Result result = withOpener(temporary -> {
      throw new IllegalStateException("a bug");
    }, () -> Cli.run("convert", Cli.s(json), Cli.s(dir.resolve("out.json"))));
    assertEquals(KeneyaCli.EXIT_INTERNAL, result.exit(), result::toString);
    assertEquals(List.of("keneya: unexpected error: a bug (a bug in Keneya) (--verbose prints the stack trace)"),
        result.errLines());
    assertEquals(List.of("data.json"), Cli.list(dir));
  }

  @Test
  void aMissingInputExitsFourNamingIt() {
    Path missing = dir.resolve("missing.json");
    Cli.Result result = Cli.run("validate", Cli.s(missing));
    assertEquals(KeneyaCli.EXIT_IO, result.exit(), result::toString);
    assertEquals(List.of("keneya: " + missing + ": no such file or directory"), result.errLines());
  }

  @Test
  void aClosedStandardOutputExitsFour() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream closed = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    }, true, StandardCharsets.UTF_8);
    int exit = KeneyaCli.run(closed, new PrintStream(err, true, StandardCharsets.UTF_8), "schema");
    assertEquals(KeneyaCli.EXIT_IO, exit);
    assertEquals("keneya: standard output: cannot write: a closed pipe or a full disk?",
        err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void aWriteToAClosedStandardOutputStopsAtTheFirstFailure() {
    int[] attempts = {0};
    PrintStream closed = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        attempts[0]++;
        throw new IOException("Broken pipe");
      }
    }, false, StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = KeneyaCli.run(new java.io.ByteArrayInputStream(new byte[0]), closed,
        new PrintStream(err, true, StandardCharsets.UTF_8), "sample", "--size", "2000", "-", "--to", "jsonl", "--quiet");
    assertEquals(KeneyaCli.EXIT_IO, exit);
    assertEquals("keneya: standard output: cannot write: a closed pipe or a full disk?",
        err.toString(StandardCharsets.UTF_8).strip());
    // the failed write, then the flushes of closing and of the final check: not one per 64 KiB of output
    assertTrue(attempts[0] <= 3, () -> attempts[0] + " writes tried");
  }

  /** The defect: JSON and JSON Lines exited 3 naming JacksonIOException, CSV exited 2 without the file. */
  @ParameterizedTest
  @ValueSource(strings = {"out.json", "out.jsonl", "recommendation.csv", "out.zip", "folder", "out.xlsx"})
  void aFullDiskExitsFourNamingTheOutput(String name) {
    Path out = dir.resolve(name);
    Cli.Result result = withOpener(FullDisk::new, () -> Cli.run("convert", Cli.s(json), Cli.s(out)));
    assertFullDisk(result, out, "data.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"recommendation.csv", "copy.jsonl"})
  void aFullDiskExitsFourWhenStreamingToo(String name) {
    Path lines = dir.resolve("data.jsonl");
    assertEquals(KeneyaCli.EXIT_OK, Cli.run("convert", Cli.s(json), Cli.s(lines)).exit());
    Path out = dir.resolve(name);
    Cli.Result result = withOpener(FullDisk::new, () -> Cli.run("convert", Cli.s(lines), Cli.s(out)));
    assertFullDisk(result, out, "data.json", "data.jsonl");
  }

  @Test
  void aReadOnlyFileSystemExitsFourNamingTheOutputNotItsTemporaryFile() {
    Path out = dir.resolve("out.json");
    Cli.Result result = withOpener(temporary -> {
      throw new java.nio.file.FileSystemException(temporary.toString(), null, "Read-only file system");
    }, () -> Cli.run("convert", Cli.s(json), Cli.s(out)));
    assertEquals(KeneyaCli.EXIT_IO, result.exit(), result::toString);
    assertEquals(List.of("keneya: " + out + ": cannot write: Read-only file system"), result.errLines());
  }

  private void assertFullDisk(Cli.Result result, Path out, String... left) {
    assertEquals(KeneyaCli.EXIT_IO, result.exit(), result::toString);
    assertEquals(List.of("keneya: " + out + ": cannot write: No space left on device"), result.errLines());
    assertFalse(result.err().contains("Exception"), result::toString);
    assertEquals(List.of(left), Cli.list(dir), "no output and no temporary file left");
  }

  private static Cli.Result withOpener(AtomicOutput.Opener opener, Supplier<Cli.Result> run) {
    AtomicOutput.Opener previous = AtomicOutput.openWith(opener);
    try {
      return run.get();
    } finally {
      AtomicOutput.openWith(previous);
    }
  }

  /** The temporary file on a disk that is full: created, but every write fails as ENOSPC does. */
  private static final class FullDisk extends FilterOutputStream {
    FullDisk(Path temporary) throws IOException {
      super(Files.newOutputStream(temporary));
    }

    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }
}
