package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.CSV;
import static org.keneya.io.csv.Fixtures.OPERATORS;
import static org.keneya.io.csv.Fixtures.dataset;
import static org.keneya.io.csv.Fixtures.limited;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.testdomain.Operator;

/**
 * Zips as file managers make them are read; zips that are damaged, hostile or beyond the {@link
 * ReadLimits} are refused naming the entry — by its full path, or its index when its name cannot
 * be read — and, inside a table, the row and column.
 */
class ZipReadingTest {
  private static final Duration QUICK = Duration.ofSeconds(5);

  private static final Dataset DATASET = dataset(
      Operator.of("anam", "agency", "Agence nationale de la météorologie"), Operator.of("mn", "agency", "Météo nationale"));

  /** The files of {@link #DATASET}'s zip, by name, in the order it writes them. */
  private static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Fixtures.zip(CSV, DATASET)))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        files.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The files of {@link #DATASET} inside {@code folder}. */
  private static Map<String, byte[]> filesIn(String folder) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files().forEach((name, bytes) -> files.put(folder + name, bytes));
    return files;
  }

  /** A zip of {@code files} in their order, deflated; a name ending in a slash is a folder. */
  private static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A zip of one entry holding {@code mebibytes} MiB of zeros: about a thousand to one. */
  private static byte[] bomb(String name, int mebibytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < mebibytes; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static MalformedInputException refused(CsvCodec csv, byte[] zip) {
    return assertTimeoutPreemptively(QUICK,
        () -> assertThrows(MalformedInputException.class, () -> csv.readZip(new ByteArrayInputStream(zip))));
  }

  private static MalformedInputException refused(byte[] zip) {
    return refused(CSV, zip);
  }

  private static int indexOf(byte[] bytes, String ascii, int from) {
    byte[] target = ascii.getBytes(StandardCharsets.ISO_8859_1);
    for (int i = from; i <= bytes.length - target.length; i++) {
      if (Arrays.equals(bytes, i, i + target.length, target, 0, target.length)) {
        return i;
      }
    }
    throw new AssertionError("not found: " + ascii);
  }

  // ---- one folder, as a file manager's "Compress" makes it

  @Test
  void aZipOfOneFolderIsReadAsTheTablesInIt() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("export/", new byte[0]);
    files.putAll(filesIn("export/"));
    files.put("export/.DS_Store", new byte[] {0, 1, 2});
    files.put("__MACOSX/export/._operator.csv", new byte[] {0, 5, 22, 7});
    assertEquals(DATASET, CSV.readZip(new ByteArrayInputStream(zip(files))));
  }

  @Test
  void aFileOutsideTheOneFolderIsRefusedNamingIt() {
    Map<String, byte[]> files = filesIn("export/");
    files.put("old/operator.csv", OPERATORS.getBytes(StandardCharsets.UTF_8));
    MalformedInputException e = refused(zip(files));
    assertEquals("old/operator.csv", e.place().source().orElseThrow());
    assertTrue(e.reason().startsWith("outside the folder \"export/\" that holds the zip's other files"), e::reason);
  }

  @Test
  void aFileInAFolderBesideTablesAtTheTopIsRefusedNamingIt() {
    Map<String, byte[]> files = files();
    files.put("old/operator.csv", OPERATORS.getBytes(StandardCharsets.UTF_8));
    MalformedInputException e = refused(zip(files));
    assertEquals("old/operator.csv: a file in a folder; a zip holds its tables at its top level, or all in one folder",
        e.getMessage());
  }

  @Test
  void aFileInASubfolderOfTheOneFolderIsRefusedNamingIt() {
    Map<String, byte[]> files = filesIn("export/");
    files.put("export/old/operator.csv", OPERATORS.getBytes(StandardCharsets.UTF_8));
    MalformedInputException e = refused(zip(files));
    assertEquals("export/old/operator.csv", e.place().source().orElseThrow());
    assertTrue(e.reason().startsWith("a file in a folder inside \"export/\""), e::reason);
  }

  @Test
  void errorsInTheOneFolderNameTheEntryByItsFullPath() {
    Map<String, byte[]> files = filesIn("export/");
    String table = new String(files.get("export/operator.csv"), StandardCharsets.UTF_8);
    files.put("export/operator.csv", table.replace("Météo nationale,agency,", "Météo nationale,,")
        .getBytes(StandardCharsets.UTF_8));
    MalformedInputException row = refused(zip(files));
    assertEquals("export/operator.csv, row 3, column type: a value is required", row.getMessage());

    files.remove("export/operator.csv");
    MalformedInputException listed = refused(zip(files));
    assertEquals("export/datapackage.json, at /resources/1/path: lists the table \"operator.csv\", which is missing",
        listed.getMessage());

    files.put("export/datapackage.json", "{\"resources\": [".getBytes(StandardCharsets.UTF_8));
    MalformedInputException descriptor = refused(zip(files));
    assertEquals("export/datapackage.json", descriptor.place().source().orElseThrow());
  }

  // ---- damaged zips name the entry

  @Test
  void anEntryNameThatIsNotUtf8IsRefusedNamingTheEntryByItsIndex() {
    Map<String, byte[]> files = files();
    files.put("operator_.csv", OPERATORS.getBytes(StandardCharsets.UTF_8));
    byte[] zip = zip(files);
    for (int at = indexOf(zip, "operator_.csv", 0); ; at = indexOf(zip, "operator_.csv", at + 1)) {
      zip[at + 8] = (byte) 0xFF; // in the entry's header and in the central directory
      if (at > zip.length / 2) {
        break;
      }
    }
    MalformedInputException e = refused(zip);
    assertEquals("entry " + files.size() + " of the zip: the entry's name is not valid UTF-8", e.getMessage());
  }

  @Test
  void aDamagedEntryHeaderNamesTheEntryBeforeIt() {
    byte[] zip = zip(files());
    int second = indexOf(zip, "PK\3\4", 1);
    zip[second + 6] |= 1; // the encryption flag, which ZipInputStream refuses
    MalformedInputException e = refused(zip);
    assertEquals("datapackage.json", e.place().source().orElseThrow());
    assertEquals("the zip is cut short or damaged after this entry (encrypted ZIP entry not supported)", e.reason());

    byte[] atStart = zip(files());
    atStart[6] |= 1;
    MalformedInputException first = refused(atStart);
    assertEquals("the zip is cut short or damaged before the first entry (encrypted ZIP entry not supported)",
        first.reason());
    assertTrue(first.place().source().isEmpty(), "the zip itself, whose name the caller knows: " + first.place());
  }

  @Test
  void aZipDamagedBetweenTwoEntriesIsRefusedNotReadShort() {
    Map<String, byte[]> files = files();
    files.remove("datapackage.json"); // without the descriptor's list of tables, only the zip's directory tells
    byte[] zip = zip(files);
    int second = indexOf(zip, "PK\3\4", 1);
    zip[second + 2] = 'X'; // ZipInputStream takes a header it does not know for the end of the entries
    MalformedInputException e = refused(zip);
    assertEquals(files.keySet().iterator().next(), e.place().source().orElseThrow());
    assertEquals("the zip is damaged after this entry: its central directory lists " + files.size()
        + " entries, but only 1 could be read", e.reason());
  }

  @Test
  void aZipCutBetweenTwoEntriesIsRefusedNotReadShort() {
    Map<String, byte[]> files = files();
    files.remove("datapackage.json");
    byte[] zip = zip(files);
    int second = indexOf(zip, "PK\3\4", 1);
    MalformedInputException e = refused(Arrays.copyOf(zip, second));
    assertEquals(files.keySet().iterator().next(), e.place().source().orElseThrow());
    assertEquals("the zip is cut short or damaged after this entry: its central directory is missing at its end",
        e.reason());
  }

  @Test
  void aZipCutInsideAnEntryNamesIt() {
    byte[] zip = zip(files());
    int operators = indexOf(zip, "operator.csv", 0) + "operator.csv".length();
    MalformedInputException e = refused(Arrays.copyOf(zip, operators + 20));
    assertEquals("operator.csv", e.place().source().orElseThrow());
    assertTrue(e.reason().startsWith("the zip is cut short or damaged ("), e::reason);
  }

  @Test
  void aDamagedEntryIsRefusedNamingIt() {
    byte[] zip = zip(files());
    int operators = indexOf(zip, "operator.csv", 0) + "operator.csv".length(); // its deflated bytes follow its name
    Arrays.fill(zip, operators + 10, operators + 30, (byte) 0xFF);
    MalformedInputException e = refused(zip);
    assertEquals("operator.csv", e.place().source().orElseThrow());
    assertTrue(e.reason().startsWith("the zip is cut short or damaged ("), e::reason);
  }

  @Test
  void anEmptyEntryIsRefusedAsAnEmptyTable() {
    Map<String, byte[]> files = files();
    files.put("operator.csv", new byte[0]);
    assertEquals("operator.csv, row 1: the table is empty: no header row", refused(zip(files)).getMessage());
  }

  // ---- the limits

  @Test
  void aCompressionBombIsRefusedOnceItPassesTheRatioThreshold() {
    byte[] bomb = bomb("operator.csv", 64); // 64 MiB in 64 KiB
    long[] consumed = {0};
    InputStream counted = new FilterInputStream(new ByteArrayInputStream(bomb)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        consumed[0] += Math.max(0, n);
        return n;
      }
    };
    MalformedInputException e = assertTimeoutPreemptively(QUICK,
        () -> assertThrows(MalformedInputException.class, () -> CSV.readZip(counted)));
    assertEquals("operator.csv", e.place().source().orElseThrow());
    assertTrue(e.reason().endsWith("more than 100 per byte, the limit maxCompressionRatio"), e::reason);
    assertTrue(consumed[0] < 64 * 1024, "refused after about 16 MiB inflated, from " + consumed[0] + " of " + bomb.length + " bytes");
  }

  @Test
  void aSkippedEntryIsHeldToTheSameLimits() {
    MalformedInputException e = refused(bomb("__MACOSX/._operator.csv", 24));
    assertEquals("__MACOSX/._operator.csv", e.place().source().orElseThrow());
    assertTrue(e.reason().endsWith("the limit maxCompressionRatio"), e::reason);
  }

  @Test
  void anEntryInflatingPastMaxEntryBytesIsRefusedBeforeItIsBuffered() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("operator.csv", (OPERATORS + "mn,MN,agency,,,\n".repeat(100)).getBytes(StandardCharsets.UTF_8));
    files().forEach(files::putIfAbsent); // the entry comes first, before any other passes the limit
    MalformedInputException e = refused(limited(ReadLimits.builder().maxEntryBytes(1_000)), zip(files));
    assertEquals("operator.csv: inflates to more than 1000 bytes, the limit maxEntryBytes", e.getMessage());
  }

  @Test
  void entriesInflatingPastMaxTotalBytesAreRefusedAtTheEntryThatPassesIt() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : List.of(".a", ".b", ".c")) {
      files.put(name, new byte[400]); // skipped entries count too
    }
    MalformedInputException e = refused(limited(ReadLimits.builder().maxTotalBytes(1_000)), zip(files));
    assertEquals(".c: the zip inflates to more than 1000 bytes with this entry, the limit maxTotalBytes", e.getMessage());
  }

  @Test
  void aZipOfMoreEntriesThanTheLimitIsRefusedCountingSkippedOnes() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < 1_001; i++) {
      files.put("__MACOSX/._" + i, new byte[0]);
    }
    MalformedInputException e = refused(zip(files));
    assertEquals("__MACOSX/._1000: the zip has more than 1000 entries, the limit maxZipEntries", e.getMessage());

    MalformedInputException few = refused(limited(ReadLimits.builder().maxZipEntries(2)), zip(filesIn("export/")));
    assertTrue(few.getMessage().endsWith("the zip has more than 2 entries, the limit maxZipEntries"), few::getMessage);
  }
}
