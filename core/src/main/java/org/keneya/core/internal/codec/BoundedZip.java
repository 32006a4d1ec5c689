package org.keneya.core.internal.codec;

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
 * <p>Every codec that reads a zip reads it through this: the CSV codec's zip of tables, and an
 * Excel workbook, which is a zip of XML parts.
 *
 * <pre>{@code
 * BoundedZip zip = new BoundedZip(in, limits);
 * for (ZipEntry entry; (entry = zip.next()) != null; ) {
 *   InputStream table = zip.read().open(); // or zip.skip()
 * }
 * }</pre>
 */
public final class BoundedZip {
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
  public BoundedZip(InputStream in, ReadLimits limits) {
    this.limits = limits;
    this.compressed = new CountingStream(in);
    this.zip = new ZipInputStream(compressed, StandardCharsets.UTF_8);
  }

  /** The next entry, or null after the last; a damaged header or an unreadable name is malformed. */
  public @Nullable ZipEntry next() throws IOException {
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
      if (started > 0) {
        checkDirectory();
      }
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

  /**
   * Checks that the zip's central directory, at its end, lists as many entries as were read.
   * {@link ZipInputStream} reads the entries in order and stops, as at the end, at the first header
   * it cannot recognize: without this check, a zip damaged or cut between two entries would read as
   * a shorter zip and lose the tables after the damage without a sign. The rest of the stream is
   * read for it, within {@code maxTotalBytes}; a ZIP64 directory, whose count lies elsewhere, is not
   * counted.
   */
  private void checkDirectory() throws IOException {
    long rest = 0;
    for (int n; (n = compressed.read(chunk, 0, chunk.length)) != -1; ) {
      rest += n;
      if (rest > limits.maxTotalBytes()) {
        throw refused("more than " + limits.maxTotalBytes() + " bytes follow the last entry, the limit maxTotalBytes");
      }
    }
    int listed = compressed.directoryEntries();
    if (listed < 0) {
      throw new MalformedInputException(Place.of(name(), null, 0, 0),
          "the zip is cut short or damaged after this entry: its central directory is missing at its end");
    }
    if (listed != DIRECTORY_UNKNOWN && listed != started) {
      throw new MalformedInputException(Place.of(name(), null, 0, 0), "the zip is damaged after this entry: its "
          + "central directory lists " + listed + " entries, but only " + started + " could be read");
    }
  }

  /** How many entries have been started. */
  public int entries() {
    return started;
  }

  /** The bytes of the entry started last, read within the limits. */
  public EntryBytes read() throws IOException {
    EntryBytes out = new EntryBytes();
    copy(out);
    return out;
  }

  /** Reads the entry started last to its end within the limits, keeping nothing. */
  public void skip() throws IOException {
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

  /** The count of a ZIP64 central directory, which its end record does not hold. */
  private static final int DIRECTORY_UNKNOWN = 0xFFFF;

  /**
   * The caller's stream, counted and never closed, keeping its last bytes: the end of central
   * directory record is within them (22 bytes and a comment of at most 65,535).
   */
  private static final class CountingStream extends FilterInputStream {
    private static final int END_RECORD = 22;
    private static final byte[] TAIL_OF_NOTHING = new byte[0];

    long count;
    private final byte[] tail = new byte[END_RECORD + 0xFFFF];

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        tail[(int) (count % tail.length)] = (byte) b;
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        keep(b, off, n);
      }
      return n;
    }

    /** Reads and drops {@code n} bytes, keeping the last ones as {@link #read} does. */
    @Override
    public long skip(long n) throws IOException {
      byte[] dropped = new byte[(int) Math.min(n, 8192)];
      int read = read(dropped, 0, dropped.length);
      return Math.max(read, 0);
    }

    private void keep(byte[] b, int off, int n) {
      for (int i = Math.max(0, n - tail.length); i < n; ) { // only the bytes that can stay in the tail
        int at = (int) ((count + i) % tail.length);
        int run = Math.min(n - i, tail.length - at);
        System.arraycopy(b, off + i, tail, at, run);
        i += run;
      }
      count += n;
    }

    /**
     * The number of entries the end of central directory record lists, {@link
     * #DIRECTORY_UNKNOWN} for a ZIP64 zip, or -1 when the stream does not end with such a record.
     */
    int directoryEntries() {
      byte[] last = lastBytes();
      for (int at = last.length - END_RECORD; at >= 0; at--) {
        if (u32(last, at) == 0x06054b50 && at + END_RECORD + u16(last, at + 20) == last.length) {
          return u16(last, at + 10);
        }
      }
      return -1;
    }

    private byte[] lastBytes() {
      int length = (int) Math.min(count, tail.length);
      if (length == 0) {
        return TAIL_OF_NOTHING;
      }
      byte[] last = new byte[length];
      int start = (int) ((count - length) % tail.length);
      int first = Math.min(length, tail.length - start);
      System.arraycopy(tail, start, last, 0, first);
      System.arraycopy(tail, 0, last, first, length - first);
      return last;
    }

    private static int u16(byte[] b, int at) {
      return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
      return u16(b, at) | (long) u16(b, at + 2) << 16;
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
  public static final class EntryBytes extends ByteArrayOutputStream {
    /** A stream of the bytes, from the start each time. */
    public InputStream open() {
      return new ByteArrayInputStream(buf, 0, count);
    }
  }
}
