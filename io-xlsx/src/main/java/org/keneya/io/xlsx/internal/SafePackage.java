package org.keneya.io.xlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
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
 * directory that could list others.
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
    if (xml.length >= 2 && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF) || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))
        || indexOf(xml, new byte[] {0}) >= 0) {
      throw refused(source, part, "an XML part not in UTF-8; a workbook's parts are UTF-8");
    }
    if (indexOf(xml, DOCTYPE) >= 0 || indexOf(xml, ENTITY) >= 0) {
      throw refused(source, part, "an XML part with a DTD (<!DOCTYPE or <!ENTITY); refused, since a DTD brings in "
          + "external entities and entity expansion, and a workbook has none");
    }
  }

  private static MalformedInputException refused(String source, String part, String reason) {
    return new MalformedInputException(Place.of(source + "/" + part, null, 0, 0), reason);
  }

  private static int indexOf(byte[] bytes, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= bytes.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] pack(List<ZipParts.Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (ZipParts.Part part : parts) {
        zip.putNextEntry(new ZipEntry(part.name()));
        zip.write(part.bytes());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
