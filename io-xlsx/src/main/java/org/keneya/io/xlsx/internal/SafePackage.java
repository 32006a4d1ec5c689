package org.keneya.io.xlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;

/**
 * A workbook's parts, read before any XML parser sees them: by {@link ZipParts} (entries, inflated
 * sizes, compression ratio within the {@link ReadLimits}), each XML part
 * refused if it declares a DTD (which is how external entities and entity expansion such as the
 * billion laughs come in) or is not UTF-8. The parts are then packed again into a zip that the
 * workbook reader opens, so that it reads exactly the entries checked here — not those of a central
 * directory that could list others. They are packed stored, not deflated: the reader inflates them
 * again at once, and deflating a large workbook's parts took longer than reading its cells.
 */
final class SafePackage {
  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

  private SafePackage() {}

  /**
   * The checked parts of the workbook in {@code in}, packed again.
   *
   * @throws MalformedInputException naming {@code source} and the part, for a zip beyond the
   *     limits, damaged, or not a zip, and for a part with a DTD or not in UTF-8
   */
  static byte[] read(InputStream in, ReadLimits limits, String source) {
    List<ZipParts.Part> parts;
    try {
      parts = ZipParts.read(ZipParts.readAll(in, limits.maxTotalBytes(), source), limits, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> names = new HashSet<>();
    for (ZipParts.Part part : parts) {
      if (!names.add(part.name())) {
        throw refused(source, part.name(), "the workbook holds two parts of this name");
      }
      if (isXml(part.name())) {
        check(part.bytes(), source, part.name());
      }
    }
    if (parts.isEmpty()) {
      throw new MalformedInputException(Place.of(source, null, 0, 0), "not an Excel workbook (.xlsx): an empty zip");
    }
    return pack(parts);
  }

  private static boolean isXml(String name) {
    return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
  }

  private static void check(byte[] xml, String source, String part) {
    if (xml.length >= 2 && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF) || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))) {
      throw notUtf8(source, part);
    }
    // one pass over the part, which can be tens of megabytes: a NUL (UTF-16 text) or a declaration
    for (int i = 0; i < xml.length; i++) {
      byte b = xml[i];
      if (b == 0) {
        throw notUtf8(source, part);
      }
      if (b == '<' && (startsWith(xml, i, DOCTYPE) || startsWith(xml, i, ENTITY))) {
        throw refused(source, part, "an XML part with a DTD (<!DOCTYPE or <!ENTITY); refused, since a DTD brings in "
            + "external entities and entity expansion, and a workbook has none");
      }
    }
  }

  private static MalformedInputException notUtf8(String source, String part) {
    return refused(source, part, "an XML part not in UTF-8; a workbook's parts are UTF-8");
  }

  private static MalformedInputException refused(String source, String part, String reason) {
    return new MalformedInputException(Place.of(source + "/" + part, null, 0, 0), reason);
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] what) {
    if (at + what.length > bytes.length) {
      return false;
    }
    for (int j = 0; j < what.length; j++) {
      if (bytes[at + j] != what[j]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] pack(List<ZipParts.Part> parts) {
    long size = 22; // the end of the directory, then per part its data and two headers with its name
    for (ZipParts.Part part : parts) {
      size += part.bytes().length + 2L * (46 + 4 * part.name().length());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 16));
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      CRC32 crc = new CRC32();
      for (ZipParts.Part part : parts) {
        byte[] bytes = part.bytes();
        crc.reset();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry(part.name());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
