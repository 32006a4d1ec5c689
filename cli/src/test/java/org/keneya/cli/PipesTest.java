package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that can be read only once: named pipes. */
class PipesTest {
  @TempDir
  Path dir;

  private Path lines;

  @BeforeEach
  void generate() {
    Path json = Cli.writeJson(Cli.generated(5, 20), dir.resolve("data.json"));
    lines = dir.resolve("data.jsonl");
    Cli.Result result = Cli.run("convert", Cli.s(json), Cli.s(lines), "--quiet");
    assertEquals(0, result.exit(), result::toString);
  }

  /** A named pipe, or the test is skipped where there is no mkfifo. */
  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      throw e;
    }
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    return fifo;
  }

  /** Writes {@code bytes} into the pipe in the background; opening blocks until a reader opens it. */
  private static CompletableFuture<Void> feed(Path fifo, byte[] bytes) {
    return CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(bytes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void aNamedPipeStreamsToATableInOnePassWithLanguages() throws Exception {
    Path pipe = fifo("pipe.jsonl");
    CompletableFuture<Void> writer = feed(pipe, Cli.bytes(lines));
    Path out = dir.resolve("recommendation.csv");
    Cli.Result result = Cli.run("convert", Cli.s(pipe), Cli.s(out), "--languages", "fr,en", "--quiet");
    writer.get();
    assertEquals(0, result.exit(), result::toString);
    Cli.Result fromFile = Cli.run("convert", Cli.s(lines), Cli.s(dir.resolve("expected.csv")), "--kind", "recommendation",
        "--languages", "fr,en", "--quiet");
    assertEquals(0, fromFile.exit(), fromFile::toString);
    assertEquals(Cli.read(dir.resolve("expected.csv")), Cli.read(out));
  }

  @Test
  void aNamedPipeIsReadOnceAsAWholeDataset() throws Exception {
    Path pipe = fifo("pipe.jsonl");
    CompletableFuture<Void> writer = feed(pipe, Cli.bytes(lines));
    Cli.Result result = Cli.run("validate", Cli.s(pipe));
    writer.get();
    assertEquals(0, result.exit(), result::toString);
    assertTrue(result.out().contains("entities"), result::toString);
  }

  @Test
  void aTableFromANamedPipeWithoutLanguagesIsAUsageErrorNamingTheOption() throws Exception {
    Path pipe = fifo("pipe.jsonl");
    Cli.Result result = Cli.run("convert", Cli.s(pipe), Cli.s(dir.resolve("recommendation.csv")));
    assertEquals(KeneyaCli.EXIT_USAGE, result.exit(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().contains("--languages is needed to stream from standard input or a pipe"), result::toString);
    assertEquals(java.util.List.of("data.json", "data.jsonl", "pipe.jsonl"), Cli.list(dir), "nothing written");
  }

  @Test
  void aNamedPipeWithoutExtensionNeedsFromAndIsNotTakenForAFolder() throws Exception {
    Path pipe = fifo("pipe");
    Cli.Result refused = Cli.run("convert", Cli.s(pipe), Cli.s(dir.resolve("copy.jsonl")));
    assertEquals(KeneyaCli.EXIT_USAGE, refused.exit(), refused::toString);
    assertEquals(java.util.List.of("keneya: " + pipe + ": a file without extension (a named pipe?); say its format with --from"),
        refused.errLines());
    CompletableFuture<Void> writer = feed(pipe, Cli.bytes(lines));
    Path out = dir.resolve("copy.jsonl");
    Cli.Result result = Cli.run("convert", Cli.s(pipe), Cli.s(out), "--from", "jsonl", "--quiet");
    writer.get();
    assertEquals(0, result.exit(), result::toString);
    assertEquals(Cli.read(lines), Cli.read(out));
  }

  @Test
  void aNamedPipeStreamsToJsonLinesWithoutLanguages() throws Exception {
    Path pipe = fifo("pipe.jsonl");
    CompletableFuture<Void> writer = feed(pipe, Cli.bytes(lines));
    Path out = dir.resolve("copy.jsonl");
    Cli.Result result = Cli.run("convert", Cli.s(pipe), Cli.s(out), "--quiet");
    writer.get();
    assertEquals(0, result.exit(), result::toString);
    assertEquals(Cli.read(lines), Cli.read(out));
  }

  @Test
  void anIoFailureInsideAMalformedInputErrorIsAnIoFailureNotInvalidData() {
    org.keneya.core.error.MalformedInputException wrapped = new org.keneya.core.error.MalformedInputException(
        org.keneya.core.error.Place.of("pipe.jsonl", "/", 1, 1), "Illegal seek", new IOException("Illegal seek"));
    CliException failure = CliException.data("pipe.jsonl", wrapped);
    assertEquals(KeneyaCli.EXIT_IO, failure.exitCode());
    assertEquals("pipe.jsonl: Illegal seek", failure.getMessage());
    assertEquals(KeneyaCli.EXIT_IO, new KeneyaCli.ExitCodes().getExitCode(wrapped));
  }

  @Test
  void bytesInAWrongEncodingStayInvalidData() {
    org.keneya.core.error.MalformedInputException wrapped = new org.keneya.core.error.MalformedInputException(
        org.keneya.core.error.Place.of("x.json", "/", 1, 1), "bad UTF-8", new java.io.CharConversionException("bad"));
    assertEquals(KeneyaCli.EXIT_DATA, CliException.data("x.json", wrapped).exitCode());
  }
}
