package org.keneya.io.json.internal;

import java.util.Arrays;
import org.keneya.core.kind.StructType;

/**
 * The path from the document root to the value being read, kept as a cheap stack and turned into a
 * JSON pointer (RFC 6901) only when an error needs it.
 *
 * <p>Each level holds an owner — a struct type (the segment is its property at the level's index),
 * a name, or {@link #INDEX} (the segment is the index) — and an int. Reading a dataset pushes and
 * pops once per value, so the stack avoids what would make that cost: no boxed indexes, and an
 * owner is stored only when it differs from the one the level already holds. Entity after entity
 * the same struct types meet the same levels, so the array, old after the first collections,
 * sees almost no reference store and none of the collector's write barriers (measured: the
 * stores were 6 % of reading a dataset).
 */
public final class JsonPath {
  private static final Object INDEX = new Object();

  private Object[] owners = new Object[16];
  private int[] indexes = new int[16];
  private int depth;

  /** Enters a property of an object, or a language of a text, by its name. */
  public void push(String name) {
    enter(name, 0);
  }

  /** Enters property {@code property} (its index in the type's properties) of a struct. */
  public void push(StructType<?> type, int property) {
    enter(type, property);
  }

  /** Enters an element of an array. */
  public void push(int index) {
    enter(INDEX, index);
  }

  /** Leaves the level; its owner stays until the next push at that level replaces it. */
  public void pop() {
    depth--;
  }

  /** Moves to another element of the same array. */
  public void replaceTop(int index) {
    indexes[depth - 1] = index;
  }

  private void enter(Object owner, int index) {
    if (depth == owners.length) {
      owners = Arrays.copyOf(owners, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    if (owners[depth] != owner) {
      owners[depth] = owner;
    }
    indexes[depth++] = index;
  }

  /** The JSON pointer, such as {@code /kinds/recommendation/3/lead/0}; empty for the root. */
  public String pointer() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append('/').append(escape(segment(i)));
    }
    return s.toString();
  }

  private String segment(int level) {
    Object owner = owners[level];
    if (owner == INDEX) {
      return String.valueOf(indexes[level]);
    }
    if (owner instanceof StructType) {
      return ((StructType<?>) owner).properties().get(indexes[level]).name();
    }
    return (String) owner;
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
