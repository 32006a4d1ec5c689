package org.keneya.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zips made entry by entry, including what {@link ZipOutputStream} refuses to make: two entries of
 * one name (written under a stand-in name of the same length, then patched) and names that are not
 * valid UTF-8 (written in ISO-8859-1, without the UTF-8 flag).
 */
final class ZipFiles {
  /** A zip entry: its name (ending in {@code /} for a folder), its bytes, and whether it is stored uncompressed. */
  record Entry(String name, byte[] bytes, boolean stored) {
    Entry(String name, byte[] bytes) {
      this(name, bytes, false);
    }
  }

  private ZipFiles() {}

  /** The entries of a (well-formed) zip. */
  static List<Entry> entries(byte[] zip) {
    List<Entry> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.add(new Entry(e.getName(), in.readAllBytes()));
      }
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
    return entries;
  }

  static byte[] zip(List<Entry> entries) {
    return zip(entries, StandardCharsets.UTF_8);
  }

  /**
   * A zip of the entries, names encoded in {@code charset}. Entries of a name already written get a
   * stand-in name, patched back afterwards, so the zip holds the same name twice.
   */
  static byte[] zip(List<Entry> entries, Charset charset) {
    List<String[]> patches = new ArrayList<>();
    List<String> written = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes, charset)) {
      for (Entry entry : entries) {
        String name = entry.name();
        if (written.contains(name)) {
          String standIn = standIn(name, written.size());
          patches.add(new String[] {standIn, name});
          name = standIn;
        }
        written.add(name);
        out.putNextEntry(zipEntry(name, entry));
        out.write(entry.bytes());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] zip = bytes.toByteArray();
    for (String[] patch : patches) {
      replaceAll(zip, patch[0].getBytes(charset), patch[1].getBytes(charset));
    }
    return zip;
  }

  private static ZipEntry zipEntry(String name, Entry entry) {
    ZipEntry e = new ZipEntry(name);
    e.setTime(946_684_800_000L); // fixed, so the same case gives the same bytes
    if (entry.stored()) {
      CRC32 crc = new CRC32();
      crc.update(entry.bytes());
      e.setMethod(ZipEntry.STORED);
      e.setSize(entry.bytes().length);
      e.setCompressedSize(entry.bytes().length);
      e.setCrc(crc.getValue());
    }
    return e;
  }

  /** A name of the same length, different from every other: its last characters replaced by a number. */
  private static String standIn(String name, int n) {
    String tag = "~" + n;
    return name.length() > tag.length() ? name.substring(0, name.length() - tag.length()) + tag : "~" + n + name;
  }

  private static void replaceAll(byte[] zip, byte[] from, byte[] to) {
    if (from.length != to.length) {
      return; // only same-length names can be patched in place
    }
    for (int i = 0; i + from.length <= zip.length; i++) {
      if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, zip, i, to.length);
      }
    }
  }
}
