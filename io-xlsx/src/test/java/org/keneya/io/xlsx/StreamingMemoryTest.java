package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 29: a million rows written with the streaming writer in a 128 MB heap — in a JVM of its
 * own ({@link MillionRows}), so that the heap is really that small.
 */
class StreamingMemoryTest {
  @Test
  void aMillionRowsAreWrittenIn128Megabytes() throws IOException, InterruptedException {
    Path workbook = Files.createTempFile("million-", ".xlsx");
    Path output = Files.createTempFile("million-", ".log");
    try {
      Process child = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx128m",
          "-cp", System.getProperty("java.class.path"),
          MillionRows.class.getName(), workbook.toString()))
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      if (!child.waitFor(5, TimeUnit.MINUTES)) {
        child.destroyForcibly();
      }
      String log = Files.readString(output, StandardCharsets.UTF_8);
      System.out.print(log);
      assertEquals(0, child.exitValue(), log);
    } finally {
      Files.deleteIfExists(workbook);
      Files.deleteIfExists(output);
    }
  }
}
