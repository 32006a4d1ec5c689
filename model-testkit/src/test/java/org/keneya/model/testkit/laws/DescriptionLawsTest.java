package org.keneya.model.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * Laws every description of a kind must obey, checked on every entity and nested value of generated
 * datasets: a getter and the setter beside it are about the same attribute, and an optional
 * property's two readings ({@code get} for everyone, {@code valueOrNull} for codecs) agree.
 */
class DescriptionLawsTest {

  @org.keneya.testkit.junit.Property(tries = 200)
  void everyValueRebuiltFromItsOwnPropertiesIsEqualToItself(Dataset d) {
    for (Entity e : d.entities()) {
      checkStruct(d.registry().kindOf(e).struct(), e, e.id().toString());
    }
  }

  private static <T> void checkStruct(StructType<T> type, Object value, String where) {
    T struct = type.javaType().cast(value);
    List<Property<T, ?>> properties = type.properties();
    Object[] values = new Object[properties.size()];
    for (int i = 0; i < values.length; i++) {
      Property<T, ?> property = properties.get(i);
      String at = where + "." + property.name();
      Object got = property.get(struct);
      Object orNull = property.valueOrNull(struct);
      if (property.type().shape() == ValueType.Shape.OPTIONAL) {
        assertEquals(got, Optional.ofNullable(orNull), at + ": get and valueOrNull disagree");
      } else {
        assertEquals(got, orNull, at + ": get and valueOrNull disagree");
      }
      checkNested(property.type(), got, at);
      values[i] = got;
    }
    assertEquals(struct, type.create(values), where + ": rebuilt from its properties");
  }

  private static void checkNested(ValueType<?> type, Object value, String where) {
    switch (type.shape()) {
      case STRUCT -> checkStruct((StructType<?>) type, value, where);
      case OPTIONAL -> ((Optional<?>) value).ifPresent(v -> checkNested(((OptionalType<?>) type).element(), v, where));
      case LIST -> {
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          checkNested(((ListType<?>) type).element(), list.get(i), where + "[" + i + "]");
        }
      }
      default -> { } // scalars and texts have no properties
    }
  }
}
