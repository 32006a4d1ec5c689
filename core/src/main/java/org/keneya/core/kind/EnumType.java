package org.keneya.core.kind;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.InvalidValueException;

/**
 * Constants of a Java enum, written in lowercase with hyphens: {@code BEFORE_EVENT} is written
 * {@code before-event}. Used for closed vocabularies of core values; open vocabularies are
 * {@linkplain CodeType codes}.
 */
final class EnumType<E extends Enum<E>> extends ScalarType<E> {
  EnumType(Class<E> type) {
    this(type, byName(type));
  }

  private EnumType(Class<E> type, ImmutableBiMap<String, E> names) {
    this(type, names, names.keySet().toArray(new String[0])); // in constant order, so by ordinal
  }

  private EnumType(Class<E> type, ImmutableBiMap<String, E> names, String[] byOrdinal) {
    super(
        Scalar.ENUM,
        type,
        "enum<" + type.getSimpleName() + ">",
        text -> parse(type, names, text),
        constant -> byOrdinal[constant.ordinal()]);
  }

  static String name(Enum<?> constant) {
    return Ascii.toLowerCase(constant.name()).replace('_', '-');
  }

  private static <E extends Enum<E>> ImmutableBiMap<String, E> byName(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .collect(ImmutableBiMap.toImmutableBiMap(EnumType::name, c -> c));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, ImmutableMap<String, E> names, String text) {
    E constant = names.get(text);
    if (constant == null) {
      throw new InvalidValueException(
          type.getSimpleName(), Excerpt.quote(text) + " is not one of " + names.keySet());
    }
    return constant;
  }
}
