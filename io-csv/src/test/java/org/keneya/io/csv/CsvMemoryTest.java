package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Constant memory: a million-row table is written and read back row by row in a child JVM limited to 64 MiB of heap. */
class CsvMemoryTest {

  @Test
  void aMillionRowTableRoundTripsIn64MegabytesOfHeap() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        MillionRows.class.getName(), "1000000")
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "timed out");
    assertEquals(0, child.exitValue(), output);
    String[] parts = output.substring(output.lastIndexOf("ok ")).split(" ");
    assertEquals("1000000", parts[1], output);
    assertTrue(Long.parseLong(parts[2]) > 100L << 20, "the table is larger than the heap: " + output);
    assertTrue(Long.parseLong(parts[3]) <= 64, output);
    System.out.println("[keneya] 1,000,000-row inspection table under -Xmx64m: " + output);
  }
}
