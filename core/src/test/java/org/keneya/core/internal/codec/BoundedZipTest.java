package org.keneya.core.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;

/** The zip reader every codec reading zips shares (the CSV codec's end-to-end cases are in io-csv). */
class BoundedZipTest {
  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> entries(String... namesAndTexts) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      entries.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return entries;
  }

  @Test
  void readsAndSkipsEntriesInOrderAndLeavesTheCallersStreamOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(zip(entries("a.csv", "id\na\n", "b.csv", "id\nb\n", "c.csv", "x"))) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    BoundedZip zip = new BoundedZip(in, ReadLimits.defaults());
    assertEquals("a.csv", zip.next().getName());
    assertArrayEquals("id\na\n".getBytes(StandardCharsets.UTF_8), zip.read().open().readAllBytes());
    assertEquals("b.csv", zip.next().getName());
    zip.skip();
    assertEquals("c.csv", zip.next().getName());
    BoundedZip.EntryBytes c = zip.read();
    assertEquals("x", new String(c.open().readAllBytes(), StandardCharsets.UTF_8));
    assertEquals("x", new String(c.open().readAllBytes(), StandardCharsets.UTF_8), "opened again from the start");
    assertNull(zip.next());
    assertEquals(3, zip.entries());
    assertFalse(closed[0]);
  }

  @Test
  void moreEntriesThanTheLimitAreRefusedSkippedOnesIncluded() throws IOException {
    byte[] bytes = zip(entries("a", "1", "b", "2", "c", "3"));
    BoundedZip zip = new BoundedZip(new ByteArrayInputStream(bytes), ReadLimits.builder().maxZipEntries(2).build());
    zip.next();
    zip.skip();
    zip.next();
    zip.skip();
    MalformedInputException e = assertThrows(MalformedInputException.class, zip::next);
    assertTrue(e.getMessage().contains("maxZipEntries"), e.getMessage());
  }

  @Test
  void anEntryOrTheWholeZipInflatingPastItsLimitIsRefusedNamingTheEntry() throws IOException {
    byte[] bytes = zip(entries("small", "12345", "big", "1234567890"));
    BoundedZip zip = new BoundedZip(new ByteArrayInputStream(bytes), ReadLimits.builder().maxEntryBytes(8).build());
    zip.next();
    zip.read();
    zip.next();
    MalformedInputException e = assertThrows(MalformedInputException.class, zip::skip);
    assertTrue(e.getMessage().contains("big") && e.getMessage().contains("maxEntryBytes"), e.getMessage());

    BoundedZip total = new BoundedZip(new ByteArrayInputStream(bytes), ReadLimits.builder().maxTotalBytes(12).build());
    total.next();
    total.read();
    total.next();
    e = assertThrows(MalformedInputException.class, total::read);
    assertTrue(e.getMessage().contains("big") && e.getMessage().contains("maxTotalBytes"), e.getMessage());
  }

  @Test
  void anEntryInflatingFarMoreThanTheRatioAllowsIsRefusedPastTheThreshold() throws IOException {
    byte[] zeros = new byte[(int) ReadLimits.RATIO_THRESHOLD_BYTES + (1 << 20)];
    Map<String, byte[]> bomb = new LinkedHashMap<>();
    bomb.put("bomb", zeros);
    BoundedZip zip = new BoundedZip(new ByteArrayInputStream(zip(bomb)), ReadLimits.builder().maxCompressionRatio(100).build());
    zip.next();
    MalformedInputException e = assertThrows(MalformedInputException.class, zip::skip);
    assertTrue(e.getMessage().contains("bomb") && e.getMessage().contains("maxCompressionRatio"), e.getMessage());
  }

  @Test
  void aZipCutBetweenEntriesIsDamagedNotShorter() throws IOException {
    byte[] whole = zip(entries("a", "first entry", "b", "second entry"));
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);
    BoundedZip zip = new BoundedZip(new ByteArrayInputStream(cut), ReadLimits.defaults());
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> {
      while (zip.next() != null) {
        zip.skip();
      }
    });
    assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("cut short"), e.getMessage());
  }

  @Test
  void bytesThatAreNoZipHaveNoEntries() throws IOException {
    BoundedZip zip = new BoundedZip(new ByteArrayInputStream("id,name\n".getBytes(StandardCharsets.UTF_8)), ReadLimits.defaults());
    assertNull(zip.next());
    assertEquals(0, zip.entries());
  }
}
