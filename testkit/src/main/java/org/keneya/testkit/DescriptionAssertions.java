package org.keneya.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * Asserts that two descriptions of a kind say the same — names, labels, Java types, properties in
 * order with their value types at every depth, constraints and presence, rules' descriptions and
 * codes — for a plug-in author who replaces a hand-written description with a generated one
 * ({@code @Kind} and Keneya's annotation processor) and wants proof that every codec, schema and
 * validator sees the same kind as before. A failure names the kind and property that differ.
 *
 * <pre>{@code
 * DescriptionAssertions.assertSameDescription(HAND_WRITTEN_LOAN, Loan.KIND);
 * }</pre>
 */
public final class DescriptionAssertions {
  private DescriptionAssertions() {}

  /** Fails unless {@code actual} describes the kind exactly as {@code expected} does. */
  public static void assertSameDescription(EntityKind<?> expected, EntityKind<?> actual) {
    assertEquals(expected.name(), actual.name(), "kind name");
    assertEquals(expected.label(), actual.label(), expected.name() + ": label");
    assertEquals(expected.type(), actual.type(), expected.name() + ": Java type");
    assertSameDescription(expected.struct(), actual.struct());
    assertEquals(expected.rules().size(), actual.rules().size(), expected.name() + ": number of rules");
    for (int i = 0; i < expected.rules().size(); i++) {
      Rule<?> a = expected.rules().get(i);
      Rule<?> b = actual.rules().get(i);
      assertEquals(a.description(), b.description(), expected.name() + ": rule " + i);
      assertEquals(a.codes(), b.codes(), expected.name() + ": codes of rule " + i);
    }
  }

  /** Fails unless {@code actual} describes the structure exactly as {@code expected} does. */
  public static void assertSameDescription(StructType<?> expected, StructType<?> actual) {
    assertEquals(expected.name(), actual.name(), "structure name");
    assertEquals(expected.javaType(), actual.javaType(), expected.name() + ": Java type");
    assertEquals(expected.properties().stream().map(Property::name).toList(),
        actual.properties().stream().map(Property::name).toList(), expected.name() + ": properties");
    for (int i = 0; i < expected.properties().size(); i++) {
      Property<?, ?> a = expected.properties().get(i);
      Property<?, ?> b = actual.properties().get(i);
      String where = expected.name() + "." + a.name();
      assertSameType(a.type(), b.type(), where);
      assertEquals(a.constraints(), b.constraints(), where + ": constraints");
      assertEquals(a.isRequired(), b.isRequired(), where + ": required");
    }
  }

  private static void assertSameType(ValueType<?> expected, ValueType<?> actual, String where) {
    assertEquals(expected.shape(), actual.shape(), where);
    assertEquals(expected.describe(), actual.describe(), where);
    expected.accept(new ValueType.PartialVisitor<ValueType<?>, @Nullable Void>() {
      @Override
      public @Nullable Void visitStruct(StructType<?> type, ValueType<?> other) {
        assertSameDescription(type, (StructType<?>) other);
        return null;
      }

      @Override
      public @Nullable Void visitList(ListType<?> type, ValueType<?> other) {
        assertSameType(type.element(), ((ListType<?>) other).element(), where + "[]");
        return null;
      }

      @Override
      public @Nullable Void visitOptional(OptionalType<?> type, ValueType<?> other) {
        assertSameType(type.element(), ((OptionalType<?>) other).element(), where);
        return null;
      }

      @Override
      public @Nullable Void otherwise(ValueType<?> type, ValueType<?> other) {
        assertEquals(type, other, where);
        return null;
      }
    }, actual);
  }
}
