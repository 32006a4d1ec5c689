package org.keneya.io.json.internal;

import java.util.Arrays;

/**
 * The path from the document root to the value being read, kept as a cheap stack of names and
 * indexes and turned into a JSON pointer (RFC 6901) only when an error needs it.
 */
public final class JsonPath {
  private Object[] segments = new Object[16];
  private int depth;

  public void push(String name) {
    grow();
    segments[depth++] = name;
  }

  public void push(int index) {
    grow();
    segments[depth++] = index;
  }

  public void pop() {
    segments[--depth] = null;
  }

  public void replaceTop(int index) {
    segments[depth - 1] = index;
  }

  private void grow() {
    if (depth == segments.length) {
      segments = Arrays.copyOf(segments, depth * 2);
    }
  }

  /** The JSON pointer, such as {@code /kinds/recommendation/3/lead/0}; empty for the root. */
  public String pointer() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append('/').append(escape(String.valueOf(segments[i])));
    }
    return s.toString();
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
