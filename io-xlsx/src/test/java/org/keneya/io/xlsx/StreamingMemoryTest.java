package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
      // java.class.path: the test class path, or under surefire possibly its booter jar, whose manifest lists it
      Process child = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx128m",
          "-cp", System.getProperty("java.class.path"),
          MillionRows.class.getName(), workbook.toString()))
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      boolean exited = child.waitFor(5, TimeUnit.MINUTES);
      if (!exited) {
        child.destroyForcibly().waitFor();
      }
      String log = Files.readString(output, StandardCharsets.UTF_8);
      System.out.print(log); // the rows, the time and the heap, in the test's report
      assertTrue(exited, "still writing after 5 minutes: " + log);
      assertEquals(0, child.exitValue(), log);
    } finally {
      Files.deleteIfExists(workbook);
      Files.deleteIfExists(output);
    }
  }
}
