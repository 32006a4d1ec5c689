package org.keneya.io.json.internal;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.ValueType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * The template of a struct's JSON writer specialized to one struct type. It is never used itself:
 * {@link ValueWriter} defines a hidden copy of it per struct type, whose class data are the
 * struct's accessors, encoded names, cases and nested writers. In the copy they are constants
 * ({@code static final}) and each property has a call site of its own, so the JIT inlines the
 * accessor at every slot — where the generic walk calls every property of every kind from one
 * site, which reaches an unknown accessor each time (megamorphic).
 *
 * <p>Hence the twenty-four explicit slots below, one per property: a loop would share one call site
 * again. A struct with more properties keeps the generic walk.
 */
final class StructTemplate extends StructWriter {
  /** The number of slots, the most properties a struct can have to be specialized. */
  static final int SLOTS = 24;

  // Per slot: getter, name, case, type and extra (nested writer or enum names); SIZE are used.
  private static final int PER_SLOT = 5;
  private static final @Nullable List<?> DATA = data();
  private static final int SIZE = DATA == null ? 0 : DATA.size() / PER_SLOT;

  private static final Function<Object, ?> G0 = getter(0);
  private static final SerializableString N0 = name(0);
  private static final int C0 = how(0);
  private static final ValueType<?> T0 = type(0);
  private static final Object X0 = extra(0);
  private static final Function<Object, ?> G1 = getter(1);
  private static final SerializableString N1 = name(1);
  private static final int C1 = how(1);
  private static final ValueType<?> T1 = type(1);
  private static final Object X1 = extra(1);
  private static final Function<Object, ?> G2 = getter(2);
  private static final SerializableString N2 = name(2);
  private static final int C2 = how(2);
  private static final ValueType<?> T2 = type(2);
  private static final Object X2 = extra(2);
  private static final Function<Object, ?> G3 = getter(3);
  private static final SerializableString N3 = name(3);
  private static final int C3 = how(3);
  private static final ValueType<?> T3 = type(3);
  private static final Object X3 = extra(3);
  private static final Function<Object, ?> G4 = getter(4);
  private static final SerializableString N4 = name(4);
  private static final int C4 = how(4);
  private static final ValueType<?> T4 = type(4);
  private static final Object X4 = extra(4);
  private static final Function<Object, ?> G5 = getter(5);
  private static final SerializableString N5 = name(5);
  private static final int C5 = how(5);
  private static final ValueType<?> T5 = type(5);
  private static final Object X5 = extra(5);
  private static final Function<Object, ?> G6 = getter(6);
  private static final SerializableString N6 = name(6);
  private static final int C6 = how(6);
  private static final ValueType<?> T6 = type(6);
  private static final Object X6 = extra(6);
  private static final Function<Object, ?> G7 = getter(7);
  private static final SerializableString N7 = name(7);
  private static final int C7 = how(7);
  private static final ValueType<?> T7 = type(7);
  private static final Object X7 = extra(7);
  private static final Function<Object, ?> G8 = getter(8);
  private static final SerializableString N8 = name(8);
  private static final int C8 = how(8);
  private static final ValueType<?> T8 = type(8);
  private static final Object X8 = extra(8);
  private static final Function<Object, ?> G9 = getter(9);
  private static final SerializableString N9 = name(9);
  private static final int C9 = how(9);
  private static final ValueType<?> T9 = type(9);
  private static final Object X9 = extra(9);
  private static final Function<Object, ?> G10 = getter(10);
  private static final SerializableString N10 = name(10);
  private static final int C10 = how(10);
  private static final ValueType<?> T10 = type(10);
  private static final Object X10 = extra(10);
  private static final Function<Object, ?> G11 = getter(11);
  private static final SerializableString N11 = name(11);
  private static final int C11 = how(11);
  private static final ValueType<?> T11 = type(11);
  private static final Object X11 = extra(11);
  private static final Function<Object, ?> G12 = getter(12);
  private static final SerializableString N12 = name(12);
  private static final int C12 = how(12);
  private static final ValueType<?> T12 = type(12);
  private static final Object X12 = extra(12);
  private static final Function<Object, ?> G13 = getter(13);
  private static final SerializableString N13 = name(13);
  private static final int C13 = how(13);
  private static final ValueType<?> T13 = type(13);
  private static final Object X13 = extra(13);
  private static final Function<Object, ?> G14 = getter(14);
  private static final SerializableString N14 = name(14);
  private static final int C14 = how(14);
  private static final ValueType<?> T14 = type(14);
  private static final Object X14 = extra(14);
  private static final Function<Object, ?> G15 = getter(15);
  private static final SerializableString N15 = name(15);
  private static final int C15 = how(15);
  private static final ValueType<?> T15 = type(15);
  private static final Object X15 = extra(15);
  private static final Function<Object, ?> G16 = getter(16);
  private static final SerializableString N16 = name(16);
  private static final int C16 = how(16);
  private static final ValueType<?> T16 = type(16);
  private static final Object X16 = extra(16);
  private static final Function<Object, ?> G17 = getter(17);
  private static final SerializableString N17 = name(17);
  private static final int C17 = how(17);
  private static final ValueType<?> T17 = type(17);
  private static final Object X17 = extra(17);
  private static final Function<Object, ?> G18 = getter(18);
  private static final SerializableString N18 = name(18);
  private static final int C18 = how(18);
  private static final ValueType<?> T18 = type(18);
  private static final Object X18 = extra(18);
  private static final Function<Object, ?> G19 = getter(19);
  private static final SerializableString N19 = name(19);
  private static final int C19 = how(19);
  private static final ValueType<?> T19 = type(19);
  private static final Object X19 = extra(19);
  private static final Function<Object, ?> G20 = getter(20);
  private static final SerializableString N20 = name(20);
  private static final int C20 = how(20);
  private static final ValueType<?> T20 = type(20);
  private static final Object X20 = extra(20);
  private static final Function<Object, ?> G21 = getter(21);
  private static final SerializableString N21 = name(21);
  private static final int C21 = how(21);
  private static final ValueType<?> T21 = type(21);
  private static final Object X21 = extra(21);
  private static final Function<Object, ?> G22 = getter(22);
  private static final SerializableString N22 = name(22);
  private static final int C22 = how(22);
  private static final ValueType<?> T22 = type(22);
  private static final Object X22 = extra(22);
  private static final Function<Object, ?> G23 = getter(23);
  private static final SerializableString N23 = name(23);
  private static final int C23 = how(23);
  private static final ValueType<?> T23 = type(23);
  private static final Object X23 = extra(23);

  @Override
  void write(JsonGenerator out, Object value) {
    out.writeStartObject();
    if (SIZE > 0) {
      Object v = G0.apply(value);
      if (present(C0, v)) {
        out.writeName(N0);
        value(out, C0, T0, X0, v);
      }
    }
    if (SIZE > 1) {
      Object v = G1.apply(value);
      if (present(C1, v)) {
        out.writeName(N1);
        value(out, C1, T1, X1, v);
      }
    }
    if (SIZE > 2) {
      Object v = G2.apply(value);
      if (present(C2, v)) {
        out.writeName(N2);
        value(out, C2, T2, X2, v);
      }
    }
    if (SIZE > 3) {
      Object v = G3.apply(value);
      if (present(C3, v)) {
        out.writeName(N3);
        value(out, C3, T3, X3, v);
      }
    }
    if (SIZE > 4) {
      Object v = G4.apply(value);
      if (present(C4, v)) {
        out.writeName(N4);
        value(out, C4, T4, X4, v);
      }
    }
    if (SIZE > 5) {
      Object v = G5.apply(value);
      if (present(C5, v)) {
        out.writeName(N5);
        value(out, C5, T5, X5, v);
      }
    }
    if (SIZE > 6) {
      Object v = G6.apply(value);
      if (present(C6, v)) {
        out.writeName(N6);
        value(out, C6, T6, X6, v);
      }
    }
    if (SIZE > 7) {
      Object v = G7.apply(value);
      if (present(C7, v)) {
        out.writeName(N7);
        value(out, C7, T7, X7, v);
      }
    }
    if (SIZE > 8) {
      Object v = G8.apply(value);
      if (present(C8, v)) {
        out.writeName(N8);
        value(out, C8, T8, X8, v);
      }
    }
    if (SIZE > 9) {
      Object v = G9.apply(value);
      if (present(C9, v)) {
        out.writeName(N9);
        value(out, C9, T9, X9, v);
      }
    }
    if (SIZE > 10) {
      Object v = G10.apply(value);
      if (present(C10, v)) {
        out.writeName(N10);
        value(out, C10, T10, X10, v);
      }
    }
    if (SIZE > 11) {
      Object v = G11.apply(value);
      if (present(C11, v)) {
        out.writeName(N11);
        value(out, C11, T11, X11, v);
      }
    }
    if (SIZE > 12) {
      Object v = G12.apply(value);
      if (present(C12, v)) {
        out.writeName(N12);
        value(out, C12, T12, X12, v);
      }
    }
    if (SIZE > 13) {
      Object v = G13.apply(value);
      if (present(C13, v)) {
        out.writeName(N13);
        value(out, C13, T13, X13, v);
      }
    }
    if (SIZE > 14) {
      Object v = G14.apply(value);
      if (present(C14, v)) {
        out.writeName(N14);
        value(out, C14, T14, X14, v);
      }
    }
    if (SIZE > 15) {
      Object v = G15.apply(value);
      if (present(C15, v)) {
        out.writeName(N15);
        value(out, C15, T15, X15, v);
      }
    }
    if (SIZE > 16) {
      Object v = G16.apply(value);
      if (present(C16, v)) {
        out.writeName(N16);
        value(out, C16, T16, X16, v);
      }
    }
    if (SIZE > 17) {
      Object v = G17.apply(value);
      if (present(C17, v)) {
        out.writeName(N17);
        value(out, C17, T17, X17, v);
      }
    }
    if (SIZE > 18) {
      Object v = G18.apply(value);
      if (present(C18, v)) {
        out.writeName(N18);
        value(out, C18, T18, X18, v);
      }
    }
    if (SIZE > 19) {
      Object v = G19.apply(value);
      if (present(C19, v)) {
        out.writeName(N19);
        value(out, C19, T19, X19, v);
      }
    }
    if (SIZE > 20) {
      Object v = G20.apply(value);
      if (present(C20, v)) {
        out.writeName(N20);
        value(out, C20, T20, X20, v);
      }
    }
    if (SIZE > 21) {
      Object v = G21.apply(value);
      if (present(C21, v)) {
        out.writeName(N21);
        value(out, C21, T21, X21, v);
      }
    }
    if (SIZE > 22) {
      Object v = G22.apply(value);
      if (present(C22, v)) {
        out.writeName(N22);
        value(out, C22, T22, X22, v);
      }
    }
    if (SIZE > 23) {
      Object v = G23.apply(value);
      if (present(C23, v)) {
        out.writeName(N23);
        value(out, C23, T23, X23, v);
      }
    }
    out.writeEndObject();
  }

  /** Whether a property's value is written: it is present, and not an empty list. */
  private static boolean present(int how, @Nullable Object v) {
    return v != null && (how != ValueWriter.LIST || !((List<?>) v).isEmpty());
  }

  /**
   * A property's value. The getter and the name are written in {@link #write}, where they are
   * constants; this method, compiled on its own, is too big to be inlined into every slot, and a
   * getter called here would be one call site for all of them again.
   */
  private static void value(JsonGenerator out, int how, ValueType<?> type, Object extra, Object v) {
    if (how == ValueWriter.STRUCT) {
      ((StructWriter) extra).write(out, v);
    } else if (how == ValueWriter.ENUM) {
      out.writeString(((SerializableString[]) extra)[((Enum<?>) v).ordinal()]);
    } else {
      ((ValueWriter) extra).write(out, how, type, v);
    }
  }

  /** The class data of a hidden copy, {@link #PER_SLOT} values a slot; null in the template. */
  private static @Nullable List<?> data() {
    try {
      return MethodHandles.classData(MethodHandles.lookup(), "_", List.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable Object at(int slot, int field) {
    return slot < SIZE ? DATA.get(PER_SLOT * slot + field) : null;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Function<Object, ?> getter(int slot) {
    return (Function<Object, ?>) at(slot, 0);
  }

  private static @Nullable SerializableString name(int slot) {
    return (SerializableString) at(slot, 1);
  }

  private static int how(int slot) {
    return slot < SIZE ? (Integer) at(slot, 2) : -1;
  }

  private static @Nullable ValueType<?> type(int slot) {
    return (ValueType<?>) at(slot, 3);
  }

  private static @Nullable Object extra(int slot) {
    return at(slot, 4);
  }
}
