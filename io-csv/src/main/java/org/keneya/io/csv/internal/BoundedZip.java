package org.keneya.io.csv.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;

/**
 * The entries of a zip, read one after the other under {@link ReadLimits}: at most {@code
 * maxZipEntries} entries, skipped ones included; each inflating to at most {@code maxEntryBytes},
 * all of them to at most {@code maxTotalBytes}; and none, once past {@link
 * ReadLimits#RATIO_THRESHOLD_BYTES}, to more than {@code maxCompressionRatio} bytes per compressed
 * byte — counted from the caller's stream, under the {@link ZipInputStream}. An entry is read
 * through a bounded copy, so none is ever buffered past its limit, and a skipped entry is read
 * through the same limits (skipping it inflates it all the same).
 *
 * <p>Every refusal is a {@link MalformedInputException} naming the entry — by its name, or as
 * {@code entry 3 of the zip} when its name cannot be read — and the limit.
 *
 * <pre>{@code
 * BoundedZip zip = new BoundedZip(in, limits);
 * for (ZipEntry entry; (entry = zip.next()) != null; ) {
 *   InputStream table = zip.read().open(); // or zip.skip()
 * }
 * }</pre>
 */
final class BoundedZip {
  private final ReadLimits limits;
  private final CountingStream compressed;
  private final ZipInputStream zip;
  private final byte[] chunk = new byte[1 << 16];
  private int started; // entries started so far
  private @Nullable String current; // the name of the entry started last
  private long entryStart; // the compressed bytes consumed before it
  private long entryBytes; // its bytes inflated so far
  private long totalBytes; // the bytes inflated from every entry so far

  /** Reads the zip in {@code in}, which is never closed. */
  BoundedZip(InputStream in, ReadLimits limits) {
    this.limits = limits;
    this.compressed = new CountingStream(in);
    this.zip = new ZipInputStream(compressed, StandardCharsets.UTF_8);
  }

  /** The next entry, or null after the last; a damaged header or an unreadable name is malformed. */
  @Nullable ZipEntry next() throws IOException {
    long before = compressed.count; // the header's bytes count with the entry's, as ZipInputStream may read ahead
    ZipEntry entry;
    try {
      entry = zip.getNextEntry();
    } catch (ZipException | EOFException e) {
      throw damaged(e);
    } catch (IllegalArgumentException e) {
      // ZipInputStream's decoder refuses a name that is not UTF-8 with an unchecked exception
      throw new MalformedInputException(Place.of(unnamed(started + 1), null, 0, 0), "the entry's name is not valid UTF-8", e);
    }
    if (entry == null) {
      return null;
    }
    started++;
    current = entry.getName();
    entryStart = before;
    entryBytes = 0;
    if (started > limits.maxZipEntries()) {
      throw refused("the zip has more than " + limits.maxZipEntries() + " entries, the limit maxZipEntries");
    }
    return entry;
  }

  /** How many entries have been started. */
  int entries() {
    return started;
  }

  /** The bytes of the entry started last, read within the limits. */
  EntryBytes read() throws IOException {
    EntryBytes out = new EntryBytes();
    copy(out);
    return out;
  }

  /** Reads the entry started last to its end within the limits, keeping nothing. */
  void skip() throws IOException {
    copy(null);
  }

  private void copy(@Nullable ByteArrayOutputStream out) throws IOException {
    for (int n; (n = readChunk()) != -1; ) {
      count(n); // before the bytes are kept: nothing past a limit is ever buffered
      if (out != null) {
        out.write(chunk, 0, n);
      }
    }
  }

  private int readChunk() throws IOException {
    try {
      return zip.read(chunk, 0, chunk.length);
    } catch (ZipException | EOFException e) {
      throw new MalformedInputException(Place.of(name(), null, 0, 0),
          "the zip is cut short or damaged (" + e.getMessage() + ")", e);
    }
  }

  private void count(int n) {
    entryBytes += n;
    totalBytes += n;
    if (entryBytes > limits.maxEntryBytes()) {
      throw refused("inflates to more than " + limits.maxEntryBytes() + " bytes, the limit maxEntryBytes");
    }
    if (totalBytes > limits.maxTotalBytes()) {
      throw refused("the zip inflates to more than " + limits.maxTotalBytes()
          + " bytes with this entry, the limit maxTotalBytes");
    }
    if (entryBytes > ReadLimits.RATIO_THRESHOLD_BYTES) {
      checkRatio();
    }
  }

  private void checkRatio() {
    long consumed = Math.max(1, compressed.count - entryStart);
    int ratio = limits.maxCompressionRatio();
    if (consumed <= Long.MAX_VALUE / ratio && entryBytes > consumed * ratio) {
      throw refused("inflates to " + entryBytes + " bytes from " + consumed + " compressed bytes, more than "
          + ratio + " per byte, the limit maxCompressionRatio");
    }
  }

  private MalformedInputException refused(String reason) {
    return new MalformedInputException(Place.of(name(), null, 0, 0), reason);
  }

  /**
   * A header that cannot be read: the place is the entry started last, since the damage follows
   * it; before the first entry, the zip itself, whose name only the caller knows.
   */
  private MalformedInputException damaged(IOException e) {
    Place place = current == null ? Place.unknown() : Place.of(current, null, 0, 0);
    String where = current == null ? "before the first entry" : "after this entry";
    return new MalformedInputException(place, "the zip is cut short or damaged " + where + " (" + e.getMessage() + ")", e);
  }

  /** The name of the entry started last. */
  private String name() {
    return current != null ? current : unnamed(started);
  }

  private static String unnamed(int index) {
    return "entry " + index + " of the zip";
  }

  /** The caller's stream, counted and never closed. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false; // a reset would count bytes twice
    }

    @Override
    public void close() {
      // the caller's stream stays open
    }
  }

  /** The bytes of an entry, read in place without the copy {@code toByteArray} makes. */
  static final class EntryBytes extends ByteArrayOutputStream {
    /** A stream of the bytes, from the start each time. */
    InputStream open() {
      return new ByteArrayInputStream(buf, 0, count);
    }
  }
}
