package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines to a CSV table streams row by row: in a child JVM whose heap is smaller than the input,
 * {@code keneya convert} turns the JSON Lines into a table. By default 110,000 recommendations (34 MB)
 * in a 32 MiB heap, to keep the build quick; {@code -Dkeneya.streaming.count=1000000
 * -Dkeneya.streaming.heap=64m} runs the full million (about 300 MB) in 64 MiB.
 */
class StreamingMemoryTest {
  @TempDir
  Path dir;

  @Test
  void convertsAJsonLinesFileLargerThanTheHeap() throws Exception {
    int count = Integer.getInteger("keneya.streaming.count", 110_000);
    String heap = System.getProperty("keneya.streaming.heap", "32m");
    long heapBytes = Long.parseLong(heap.substring(0, heap.length() - 1)) << 20;
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Path lines = dir.resolve("big.jsonl");
    StreamingConversion.write(count, lines); // here: the child only converts
    Process child = new ProcessBuilder(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        StreamingConversion.class.getName(), lines.toString(), dir.resolve("recommendation.csv").toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "timed out");
    assertEquals(0, child.exitValue(), output);
    String[] parts = output.substring(output.lastIndexOf("ok ")).split(" ");
    assertEquals("0", parts[1], output);
    assertTrue(Long.parseLong(parts[2]) > heapBytes || count < 110_000, "the input is larger than the heap: " + output);
    assertEquals(String.valueOf(count), parts[3], output);
    assertTrue(Long.parseLong(parts[4]) << 20 <= heapBytes, output);
    System.out.println("[keneya] " + count + " recommendations, JSON Lines to CSV under -Xmx" + heap + ": " + output);
  }
}
