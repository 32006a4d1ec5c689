package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kill -9} runs no shutdown hook, so a killed write leaves its hidden temporary sibling; the
 * next write to the same target recognises it by the dead PID in its name and removes it.
 */
class StaleTemporaryFilesTest {
  @TempDir
  Path dir;

  @TempDir
  Path logs;

  private Path json;

  @BeforeEach
  void generate() {
    json = Cli.writeJson(Cli.generated(9, 10), dir.resolve("data.json"));
  }

  @ParameterizedTest
  @CsvSource({"out.json, file", "tables, folder"})
  void theNextWriteRemovesWhatAWriteKilledOutrightLeft(String name, String mode) throws Exception {
    Path target = dir.resolve(name);
    Path log = logs.resolve("child.log");
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HangingWrite.class.getName(), target.toString(), mode)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    String temporary;
    try {
      temporary = awaitTemporary(child, log);
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
    }
    assertTrue(temporary.matches("\\." + name + "\\.keneya-" + child.pid() + "-[0-9a-f]+\\.tmp"), temporary);
    assertEquals(List.of(temporary, "data.json"), Cli.list(dir), "kill -9 left the temporary behind");

    Cli.Result result = Cli.run("convert", Cli.s(json), Cli.s(target));
    assertEquals(KeneyaCli.EXIT_OK, result.exit(), result::toString);
    assertEquals(List.of("data.json", name), Cli.list(dir));
  }

  @Test
  void onlyTheTemporariesOfTheTargetFromAProcessThatIsGoneAreRemoved() throws IOException {
    long self = ProcessHandle.current().pid();
    long dead = deadPid();
    Path stale = Files.createFile(dir.resolve(".out.json.keneya-" + dead + "-2a.tmp"));
    Path live = Files.createFile(dir.resolve(".out.json.keneya-" + self + "-1f.tmp"));
    Path older = Files.createFile(dir.resolve(".out.json.keneya-1f.tmp"));
    Path otherTarget = Files.createFile(dir.resolve(".other.json.keneya-" + dead + "-1f.tmp"));
    Cli.Result result = Cli.run("convert", Cli.s(json), Cli.s(dir.resolve("out.json")));
    assertEquals(KeneyaCli.EXIT_OK, result.exit(), result::toString);
    assertTrue(Files.notExists(stale), Cli.list(dir)::toString);
    assertTrue(Files.exists(live) && Files.exists(older) && Files.exists(otherTarget), Cli.list(dir)::toString);
  }

  /** The PID of a process that has ended. */
  private static long deadPid() {
    try {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      p.waitFor();
      return p.pid();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Waits for the child's temporary sibling in {@link #dir} and returns its name. */
  private String awaitTemporary(Process child, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      for (String name : Cli.list(dir)) {
        if (name.contains(".keneya-")) {
          return name;
        }
      }
      if (!child.isAlive()) {
        fail("the child ended (" + child.exitValue() + ") before writing: " + Files.readString(log));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no temporary file after 60 s: " + Files.readString(log));
  }
}
