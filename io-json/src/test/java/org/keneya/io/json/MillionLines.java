package org.keneya.io.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Id;

/**
 * Writes N stations ({@link Networks#station}) as JSON Lines to a file and reads them back, one at a time; run by
 * {@link JsonLinesTest} in a child JVM with {@code -Xmx64m} to show that memory does not grow with
 * the stream. Prints {@code ok <entities> <bytes> <peak heap MiB>}.
 */
public final class MillionLines {
  private MillionLines() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path file = Files.createTempFile("keneya-million", ".jsonl");
    try {
      KindRegistry registry = Networks.REGISTRY;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
           JsonLinesWriter writer = JsonLines.writer(out, registry, JsonOptions.defaults())) {
        for (int i = 0; i < n; i++) {
          writer.write(Networks.station(i));
        }
      }
      long read = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
           JsonLinesReader reader = JsonLines.reader(in, file.getFileName().toString(), registry, JsonOptions.defaults())) {
        while (reader.hasNext()) {
          Entity e = reader.next();
          if (!e.id().equals(Id.of("s" + read))) {
            throw new AssertionError("entity " + read + " came back as " + e.id());
          }
          read++;
        }
      }
      if (read != n) {
        throw new AssertionError("wrote " + n + " but read " + read);
      }
      System.out.println("ok " + read + " " + Files.size(file) + " " + peakHeapMib());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long peakHeapMib() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
