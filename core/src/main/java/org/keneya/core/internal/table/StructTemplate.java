package org.keneya.core.internal.table;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The template of a struct's row writer specialized to one struct of one layout. It is never used
 * itself: {@link Specialized} defines a hidden copy of it per struct, whose class data are that
 * struct's accessors and child nodes. In the copy they are constants ({@code static final}), and
 * each property has a call site of its own, so the JIT inlines the accessor and the child's
 * {@code write} at every slot — where the generic {@code StructNode} calls every property of every
 * kind from one site, which reaches an unknown accessor each time (megamorphic).
 *
 * <p>Hence the twenty-four explicit slots below, one per property: a loop would share one call site again.
 * A struct with more properties keeps the generic writer.
 */
final class StructTemplate extends Layout.Node {
  /** The number of slots, the most properties a struct can have to be specialized. */
  static final int SLOTS = 24;

  // getters, child writers and presence columns, 24 of each; SIZE are used
  private static final @Nullable List<?> DATA = data();
  private static final int SIZE = DATA == null ? 0 : DATA.size() / 3;

  private static final Function<Object, ?> G0 = getter(0);
  private static final Layout.Node W0 = writer(0);
  private static final int P0 = presence(0);
  private static final Function<Object, ?> G1 = getter(1);
  private static final Layout.Node W1 = writer(1);
  private static final int P1 = presence(1);
  private static final Function<Object, ?> G2 = getter(2);
  private static final Layout.Node W2 = writer(2);
  private static final int P2 = presence(2);
  private static final Function<Object, ?> G3 = getter(3);
  private static final Layout.Node W3 = writer(3);
  private static final int P3 = presence(3);
  private static final Function<Object, ?> G4 = getter(4);
  private static final Layout.Node W4 = writer(4);
  private static final int P4 = presence(4);
  private static final Function<Object, ?> G5 = getter(5);
  private static final Layout.Node W5 = writer(5);
  private static final int P5 = presence(5);
  private static final Function<Object, ?> G6 = getter(6);
  private static final Layout.Node W6 = writer(6);
  private static final int P6 = presence(6);
  private static final Function<Object, ?> G7 = getter(7);
  private static final Layout.Node W7 = writer(7);
  private static final int P7 = presence(7);
  private static final Function<Object, ?> G8 = getter(8);
  private static final Layout.Node W8 = writer(8);
  private static final int P8 = presence(8);
  private static final Function<Object, ?> G9 = getter(9);
  private static final Layout.Node W9 = writer(9);
  private static final int P9 = presence(9);
  private static final Function<Object, ?> G10 = getter(10);
  private static final Layout.Node W10 = writer(10);
  private static final int P10 = presence(10);
  private static final Function<Object, ?> G11 = getter(11);
  private static final Layout.Node W11 = writer(11);
  private static final int P11 = presence(11);
  private static final Function<Object, ?> G12 = getter(12);
  private static final Layout.Node W12 = writer(12);
  private static final int P12 = presence(12);
  private static final Function<Object, ?> G13 = getter(13);
  private static final Layout.Node W13 = writer(13);
  private static final int P13 = presence(13);
  private static final Function<Object, ?> G14 = getter(14);
  private static final Layout.Node W14 = writer(14);
  private static final int P14 = presence(14);
  private static final Function<Object, ?> G15 = getter(15);
  private static final Layout.Node W15 = writer(15);
  private static final int P15 = presence(15);
  private static final Function<Object, ?> G16 = getter(16);
  private static final Layout.Node W16 = writer(16);
  private static final int P16 = presence(16);
  private static final Function<Object, ?> G17 = getter(17);
  private static final Layout.Node W17 = writer(17);
  private static final int P17 = presence(17);
  private static final Function<Object, ?> G18 = getter(18);
  private static final Layout.Node W18 = writer(18);
  private static final int P18 = presence(18);
  private static final Function<Object, ?> G19 = getter(19);
  private static final Layout.Node W19 = writer(19);
  private static final int P19 = presence(19);
  private static final Function<Object, ?> G20 = getter(20);
  private static final Layout.Node W20 = writer(20);
  private static final int P20 = presence(20);
  private static final Function<Object, ?> G21 = getter(21);
  private static final Layout.Node W21 = writer(21);
  private static final int P21 = presence(21);
  private static final Function<Object, ?> G22 = getter(22);
  private static final Layout.Node W22 = writer(22);
  private static final int P22 = presence(22);
  private static final Function<Object, ?> G23 = getter(23);
  private static final Layout.Node W23 = writer(23);
  private static final int P23 = presence(23);

  @Override
  void write(Object value, String[] row) {
    if (SIZE == 0) {
      return;
    }
    slot(G0, W0, P0, value, row);
    if (SIZE == 1) {
      return;
    }
    slot(G1, W1, P1, value, row);
    if (SIZE == 2) {
      return;
    }
    slot(G2, W2, P2, value, row);
    if (SIZE == 3) {
      return;
    }
    slot(G3, W3, P3, value, row);
    if (SIZE == 4) {
      return;
    }
    slot(G4, W4, P4, value, row);
    if (SIZE == 5) {
      return;
    }
    slot(G5, W5, P5, value, row);
    if (SIZE == 6) {
      return;
    }
    slot(G6, W6, P6, value, row);
    if (SIZE == 7) {
      return;
    }
    slot(G7, W7, P7, value, row);
    if (SIZE == 8) {
      return;
    }
    slot(G8, W8, P8, value, row);
    if (SIZE == 9) {
      return;
    }
    slot(G9, W9, P9, value, row);
    if (SIZE == 10) {
      return;
    }
    slot(G10, W10, P10, value, row);
    if (SIZE == 11) {
      return;
    }
    slot(G11, W11, P11, value, row);
    if (SIZE == 12) {
      return;
    }
    slot(G12, W12, P12, value, row);
    if (SIZE == 13) {
      return;
    }
    slot(G13, W13, P13, value, row);
    if (SIZE == 14) {
      return;
    }
    slot(G14, W14, P14, value, row);
    if (SIZE == 15) {
      return;
    }
    slot(G15, W15, P15, value, row);
    if (SIZE == 16) {
      return;
    }
    slot(G16, W16, P16, value, row);
    if (SIZE == 17) {
      return;
    }
    slot(G17, W17, P17, value, row);
    if (SIZE == 18) {
      return;
    }
    slot(G18, W18, P18, value, row);
    if (SIZE == 19) {
      return;
    }
    slot(G19, W19, P19, value, row);
    if (SIZE == 20) {
      return;
    }
    slot(G20, W20, P20, value, row);
    if (SIZE == 21) {
      return;
    }
    slot(G21, W21, P21, value, row);
    if (SIZE == 22) {
      return;
    }
    slot(G22, W22, P22, value, row);
    if (SIZE == 23) {
      return;
    }
    slot(G23, W23, P23, value, row);
  }

  /** One property: its value, if present, written by its child (and its presence marked). */
  private static void slot(Function<Object, ?> getter, Layout.Node writer, int presence, Object value, String[] row) {
    Object v = getter.apply(value);
    if (v != null) {
      if (presence >= 0) {
        row[presence] = "true";
      }
      writer.write(v, row);
    }
  }

  /** The class data of a hidden copy: getters, writers and presence columns in turn; null in the template. */
  private static @Nullable List<?> data() {
    try {
      return MethodHandles.classData(MethodHandles.lookup(), "_", List.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Function<Object, ?> getter(int slot) {
    return slot < SIZE ? (Function<Object, ?>) DATA.get(3 * slot) : null;
  }

  private static Layout.@Nullable Node writer(int slot) {
    return slot < SIZE ? (Layout.Node) DATA.get(3 * slot + 1) : null;
  }

  private static int presence(int slot) {
    return slot < SIZE ? (Integer) DATA.get(3 * slot + 2) : -1;
  }

  @Override
  @Nullable Object read(String[] row, Layout.RowPlace place) {
    throw new UnsupportedOperationException("a specialized struct only writes");
  }

  @Override
  String firstColumn() {
    throw new UnsupportedOperationException("a specialized struct only writes");
  }
}
