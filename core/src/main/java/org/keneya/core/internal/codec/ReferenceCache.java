package org.keneya.core.internal.codec;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.ScalarType;

/**
 * The references parsed last, by the hash of their text. A dataset holds many references to few
 * entities, so most are found here, already parsed and checked, instead of parsed again. Bounded,
 * so that a stream reads in constant memory; shared by the JSON and CSV readers.
 *
 * <pre>{@code
 * ReferenceCache cache = new ReferenceCache(1024);
 * Object dgs = cache.parse(ValueType.ref("actor"), "dgs"); // parsed once, then found
 * }</pre>
 */
public final class ReferenceCache {
  private final @Nullable Entry[] entries;

  /** A cache of {@code slots} entries, a power of two. */
  public ReferenceCache(int slots) {
    Preconditions.checkArgument(Integer.bitCount(slots) == 1, "slots must be a power of two: %s", slots);
    entries = new Entry[slots];
  }

  /** The reference {@code text} stands for as a {@code type}, if it is still here; else null. */
  public @Nullable Object get(ScalarType<?> type, String text) {
    Entry entry = entries[slot(text)];
    return entry != null && entry.type == type && entry.text.equals(text) ? entry.reference : null;
  }

  /** Parses {@code text} as a {@code type} and keeps the result, in place of what its slot held. */
  public Object put(ScalarType<?> type, String text) {
    Object reference = type.parse(text);
    entries[slot(text)] = new Entry(type, text, reference); // immutable: a racing thread only loses it
    return reference;
  }

  /** The reference, from here or parsed and kept. */
  public Object parse(ScalarType<?> type, String text) {
    Object reference = get(type, text);
    return reference != null ? reference : put(type, text);
  }

  /** Forgets every entry. */
  public void clear() {
    Arrays.fill(entries, null);
  }

  private int slot(String text) {
    return text.hashCode() & (entries.length - 1);
  }

  private static final class Entry {
    final ScalarType<?> type;
    final String text;
    final Object reference;

    Entry(ScalarType<?> type, String text, Object reference) {
      this.type = type;
      this.text = text;
      this.reference = reference;
    }
  }
}
