package org.keneya.testkit;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Ref;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Gens;
import org.keneya.testkit.gen.Source;

/**
 * Generators derived from a kind's description alone, for kinds a user registers through the SPI:
 * each property is generated from its {@link ValueType}, references point into the pools, and an
 * entity that its builder or its kind's rules refuse is drawn again (up to {@value #ATTEMPTS}
 * times) — so a user's own kind is generated with no code of theirs.
 */
final class DerivedGens {
  static final int ATTEMPTS = 20;

  private final ValueGens values;

  DerivedGens(ValueGens values) {
    this.values = values;
  }

  /** Signals that a required reference has nothing to point to. */
  private static final class Unsatisfiable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsatisfiable() {
      super(null, null, false, false);
    }
  }

  /** An entity of {@code kind} with id {@code kind-index}, or empty if none can be made from the pools. */
  <E extends Entity> Optional<E> entity(EntityKind<E> kind, int index, Pools pools, Source source) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Object[] parts = new Object[kind.properties().size()];
      parts[0] = ValueGens.id(kind.name(), index);
      try {
        for (int i = 1; i < parts.length; i++) {
          parts[i] = value(kind.properties().get(i).type(), kind.name(), pools, source);
        }
        E entity = kind.create(parts);
        if (passesRules(kind, entity, pools)) {
          return Optional.of(entity);
        }
      } catch (Unsatisfiable e) {
        return Optional.empty();
      } catch (InvalidValueException e) {
        // the builder refused this combination: draw again
      }
    }
    return Optional.empty();
  }

  /** A value of a nested struct type, drawn again when its builder refuses it. */
  <T> T struct(StructType<T> type, String ownerKind, Pools pools, Source source) {
    InvalidValueException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Object[] parts = new Object[type.properties().size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = value(type.properties().get(i).type(), ownerKind, pools, source);
      }
      try {
        return type.create(parts);
      } catch (InvalidValueException e) {
        last = e;
      }
    }
    throw last;
  }

  private static <E extends Entity> boolean passesRules(EntityKind<E> kind, E entity, Pools pools) {
    boolean[] ok = {true};
    Rule.Context context = new Rule.Context() {
      @Override
      public <T> Optional<T> resolve(Ref<T> ref) {
        return pools.resolve(ref);
      }

      @Override
      public void error(String path, String code, String message) {
        ok[0] = false;
      }

      @Override
      public void warning(String path, String code, String message) {}
    };
    for (Rule<? super E> rule : kind.rules()) {
      rule.check(entity, context);
    }
    return ok[0];
  }

  private @Nullable Object value(ValueType<?> type, String ownerKind, Pools pools, Source source) {
    switch (type.shape()) {
      case SCALAR:
        return scalar((ScalarType<?>) type, ownerKind, pools, source);
      case LOCALIZED_TEXT:
        return values.localizedText().generate(source);
      case STRUCT:
        return struct((StructType<?>) type, ownerKind, pools, source);
      case LIST: {
        ValueType<?> element = ((ListType<?>) type).element();
        List<Object> out = new ArrayList<>();
        int n = values.list(Gens.constant(0), 3).generate(source).size();
        for (int i = 0; i < n; i++) {
          try {
            out.add(value(element, ownerKind, pools, source));
          } catch (Unsatisfiable e) {
            break;
          }
        }
        return com.google.common.collect.ImmutableList.copyOf(out);
      }
      case OPTIONAL: {
        if (!values.present(source)) {
          return Optional.empty();
        }
        try {
          return Optional.of(value(((OptionalType<?>) type).element(), ownerKind, pools, source));
        } catch (Unsatisfiable e) {
          return Optional.empty();
        }
      }
      default:
        throw new IllegalStateException("unknown shape " + type.shape());
    }
  }

  private Object scalar(ScalarType<?> type, String ownerKind, Pools pools, Source source) {
    switch (type.scalar()) {
      case STRING:
        return values.text().generate(source);
      case BOOLEAN:
        return Gens.booleans().generate(source);
      case INTEGER:
        return Gens.integers(-1_000, 1_000_000).generate(source);
      case DECIMAL:
        return Gens.decimals(-1_000_000_000L, 1_000_000_000_000L, 4).generate(source);
      case DATE:
        return values.date().generate(source);
      case PERIOD:
        return Gens.elements(List.of(Period.ofMonths(6), Period.ofYears(1), Period.ofDays(30))).generate(source);
      case ID:
        return values.anyId().generate(source);
      case CURRENCY:
        return values.settings().currency();
      case ENUM:
        return Gens.elements(List.of(type.javaType().getEnumConstants())).generate(source);
      case CODE:
        return values.code(((CodeType) type).codelist()).generate(source);
      case REFERENCE: {
        Optional<String> target = ((RefType<?>) type).target();
        List<Ref<?>> pool = target.isPresent() ? pools.refsOf(target.get()) : pools.anyRefs();
        if (pool.isEmpty()) {
          throw new Unsatisfiable();
        }
        return pool.get((int) source.draw(pool.size() - 1));
      }
      default:
        return BigDecimal.ZERO;
    }
  }

}
