package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.xlsx.Fixtures.REGISTRY;
import static org.keneya.io.xlsx.Fixtures.XLSX;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** A workbook is a zip of XML: zip bombs, DTDs, external entities and entity expansion are refused before any parser runs. */
class UnsafeWorkbookTest {
  private static final Dataset ONE = Dataset.of(REGISTRY, List.of(Operator.of("mn", "agency", "Météo")));
  private static final String OPERATOR_SHEET = "xl/worksheets/sheet3.xml"; // about, document, operator

  /** The parts of the workbook of {@link #ONE}. */
  private static Map<String, byte[]> parts() throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(XLSX.toBytes(ONE)))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The workbook with a DTD put before the operator sheet's root element. */
  private static byte[] withDoctype(String doctype, String cellText) throws IOException {
    Map<String, byte[]> parts = parts();
    String sheet = new String(parts.get(OPERATOR_SHEET), StandardCharsets.UTF_8);
    assertTrue(sheet.contains("<worksheet"), sheet);
    sheet = sheet.replaceFirst("<worksheet", doctype + "<worksheet")
        .replaceFirst("<c r=\"B2\" t=\"s\"><v>\\d+</v></c>", "<c r=\"B2\" t=\"inlineStr\"><is><t>" + cellText + "</t></is></c>");
    parts.put(OPERATOR_SHEET, sheet.getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }

  @Test
  void theUntouchedWorkbookReads() throws IOException {
    assertEquals(ONE, XLSX.fromBytes(zip(parts()), "book.xlsx"));
  }

  @Test
  void anExternalEntityIsRefusedNamingThePart() throws IOException {
    Path secret = Files.createTempFile("secret", ".txt");
    try {
      Files.writeString(secret, "the secret");
      byte[] xxe = withDoctype("<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
      MalformedInputException e = assertThrows(MalformedInputException.class, () -> XLSX.fromBytes(xxe, "book.xlsx"));
      assertEquals("book.xlsx/" + OPERATOR_SHEET, e.place().toString());
      assertTrue(e.reason().contains("DTD"), e.reason());
      assertTrue(!e.getMessage().contains("the secret"));
    } finally {
      Files.delete(secret);
    }
  }

  @Test
  void aBillionLaughsIsRefused() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    byte[] laughs = withDoctype(dtd.append("]>").toString(), "&lol9;");
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> XLSX.fromBytes(laughs, "book.xlsx"));
    assertEquals("book.xlsx/" + OPERATOR_SHEET, e.place().toString());
  }

  @Test
  void aZipBombIsRefusedByItsCompressionRatio() throws IOException {
    Map<String, byte[]> parts = parts();
    parts.put("xl/media/bomb.bin", new byte[64 << 20]); // 64 MiB of zeros, deflated to about 64 KiB
    byte[] bomb = zip(parts);
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> XLSX.fromBytes(bomb, "book.xlsx"));
    assertEquals("book.xlsx/xl/media/bomb.bin", e.place().toString());
    assertTrue(e.reason().contains("maxCompressionRatio"), e.reason());
  }

  @Test
  void aPartLargerThanTheLimitsIsRefused() throws IOException {
    XlsxCodec strict = XlsxCodec.create(REGISTRY, XlsxOptions.defaults().limits(ReadLimits.builder().maxEntryBytes(1000).build()));
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> strict.fromBytes(zip(parts()), "book.xlsx"));
    assertTrue(e.reason().contains("maxEntryBytes"), e.reason());
  }

  @Test
  void tooManyPartsAreRefused() throws IOException {
    XlsxCodec strict = XlsxCodec.create(REGISTRY, XlsxOptions.defaults().limits(ReadLimits.builder().maxZipEntries(3).build()));
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> strict.fromBytes(zip(parts()), "book.xlsx"));
    assertTrue(e.reason().contains("maxZipEntries"), e.reason());
  }

  @Test
  void bytesThatAreNotAZipAreRefused() {
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> XLSX.fromBytes("id,name\n".getBytes(StandardCharsets.UTF_8), "book.xlsx"));
    assertEquals("book.xlsx", e.place().toString());
  }
}
