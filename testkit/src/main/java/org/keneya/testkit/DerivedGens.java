package org.keneya.testkit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Gens;
import org.keneya.testkit.gen.Source;

/**
 * Generators derived from a kind's description alone, for any kind of any registry: each property
 * is generated from its {@link ValueType} and its declared {@link Constraint}s, references point
 * into the {@link Pools}, and so a user's own kind is generated with no code of theirs.
 *
 * <p>How the declared constraints are met: values are drawn inside them where the description says
 * how — a {@linkplain Constraint.Kind#RANGE range} bounds the number (or the amount of money)
 * drawn, a {@linkplain Constraint.Kind#SIZE size} the length of a list, {@linkplain
 * Constraint.Kind#UNIQUE_ITEMS unique items} are drawn without repeats, a {@linkplain
 * Constraint.Kind#PATTERN pattern} is turned into a generator of matching text ({@link
 * PatternGen}), texts are never blank, and an optional property {@linkplain
 * Constraint.Kind#REQUIRED_WHEN required when} another has a given value is then filled. What the
 * description cannot say — checks a type's own builder makes beyond its declared constraints, and
 * its kind's {@link Rule}s — is met by filtering: an entity that its builder refuses (an {@link
 * InvalidValueException}) or that breaks one of its rules is drawn again, up to {@value #ATTEMPTS}
 * times, and then left out. The generators of a domain model of one's own (such as the health
 * model's) refine this where data must be realistic rather than merely valid.
 *
 * <pre>{@code
 * DerivedGens derived = new DerivedGens(new ValueGens(settings));
 * Optional<Loan> loan = derived.entity(LOAN_KIND, 1, pools, source);
 * }</pre>
 */
public final class DerivedGens {
  /** How many times an entity or a nested value is drawn before it is given up. */
  public static final int ATTEMPTS = 20;

  private final ValueGens values;
  private final boolean compatible;

  /** Derived generators drawing values with {@code values}, within the declared constraints. */
  public DerivedGens(ValueGens values) {
    this(values, false);
  }

  private DerivedGens(ValueGens values, boolean compatible) {
    this.values = values;
    this.compatible = compatible;
  }

  /**
   * Derived generators that draw exactly as the testkit did before it drew within the declared
   * constraints (0.1.0 snapshots up to issue 26): values are drawn from their types alone and only
   * the builder's refusal filters them, so an entity whose constraints are narrow is often left
   * out. Generators whose output for a seed is pinned (the health datasets behind {@code keneya
   * sample}) use them so that the same seed still gives the same bytes; everything else uses
   * {@link #DerivedGens(ValueGens)}.
   */
  public static DerivedGens compatible(ValueGens values) {
    return new DerivedGens(values, true);
  }

  /** The value generators these draw with. */
  public ValueGens values() {
    return values;
  }

  /** Signals that a required reference has nothing to point to. */
  private static final class Unsatisfiable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsatisfiable() {
      super(null, null, false, false);
    }
  }

  /**
   * An entity of {@code kind} with id {@code kind-index} (its first property is its id), or empty if
   * none can be made: a required reference whose target kind has nothing in {@code pools}, or
   * {@value #ATTEMPTS} draws refused by its builder or its rules.
   */
  public <E extends Entity> Optional<E> entity(EntityKind<E> kind, int index, Pools pools, Source source) {
    boolean constrained = !compatible;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Object[] parts = new Object[kind.properties().size()];
      parts[0] = ValueGens.id(kind.name(), index);
      try {
        fill(kind.struct(), parts, 1, constrained, kind.name(), pools, source);
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

  /**
   * A value of a nested struct type, drawn again when its builder refuses it.
   *
   * @throws InvalidValueException the last refusal, when {@value #ATTEMPTS} draws were all refused
   */
  public <T> T struct(StructType<T> type, String ownerKind, Pools pools, Source source) {
    return struct(type, !compatible, ownerKind, pools, source);
  }

  private <T> T struct(StructType<T> type, boolean constrained, String ownerKind, Pools pools, Source source) {
    InvalidValueException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Object[] parts = new Object[type.properties().size()];
      fill(type, parts, 0, constrained, ownerKind, pools, source);
      try {
        return type.create(parts);
      } catch (InvalidValueException e) {
        last = e;
      }
    }
    throw last;
  }

  /** Fills {@code parts} from {@code from} on, then the optional parts that a required-when asks for. */
  private <T> void fill(StructType<T> type, Object[] parts, int from, boolean constrained, String ownerKind, Pools pools,
      Source source) {
    List<Property<T, ?>> properties = type.properties();
    for (int i = from; i < parts.length; i++) {
      Property<T, ?> property = properties.get(i);
      parts[i] = value(property.type(), constrained ? property.constraints() : List.of(), constrained, ownerKind, pools,
          source);
    }
    if (!constrained) {
      return;
    }
    for (int i = from; i < parts.length; i++) {
      Property<T, ?> property = properties.get(i);
      for (Constraint c : property.constraints()) {
        if (c.kind() == Constraint.Kind.REQUIRED_WHEN && Optional.empty().equals(parts[i])
            && holds(type, parts, c.whenProperty().orElseThrow(), c.whenValue().orElseThrow())) {
          ValueType<?> element = ((OptionalType<?>) property.type()).element();
          parts[i] = Optional.of(value(element, property.constraints(), true, ownerKind, pools, source));
        }
      }
    }
  }

  /** Whether the scalar property {@code name} has, among {@code parts}, the value written {@code text}. */
  @SuppressWarnings("unchecked") // the part is of the scalar's Java type
  private static boolean holds(StructType<?> type, Object[] parts, String name, String text) {
    int at = type.indexOf(name);
    Object value = parts[at] instanceof Optional ? ((Optional<?>) parts[at]).orElse(null) : parts[at];
    if (value == null) {
      return false;
    }
    ValueType<?> t = type.properties().get(at).type();
    ValueType<?> scalar = t.shape() == ValueType.Shape.OPTIONAL ? ((OptionalType<?>) t).element() : t;
    return scalar instanceof ScalarType && ((ScalarType<Object>) scalar).format(value).equals(text);
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

  /** A value of {@code type}; {@code constraints} are the property's (empty when drawing as before). */
  private @Nullable Object value(ValueType<?> type, List<Constraint> constraints, boolean constrained, String ownerKind,
      Pools pools, Source source) {
    return type.accept(new ValueDraw(constraints, constrained, ownerKind, pools, source), null);
  }

  /** Draws a value of each shape under a property's constraints. */
  private final class ValueDraw implements ValueType.Visitor<@Nullable Void, @Nullable Object> {
    private final List<Constraint> constraints;
    private final boolean constrained;
    private final String ownerKind;
    private final Pools pools;
    private final Source source;

    ValueDraw(List<Constraint> constraints, boolean constrained, String ownerKind, Pools pools, Source source) {
      this.constraints = constraints;
      this.constrained = constrained;
      this.ownerKind = ownerKind;
      this.pools = pools;
      this.source = source;
    }

    @Override
    public Object visitScalar(ScalarType<?> type, @Nullable Void none) {
      return scalar(type, constraints, constrained, pools, source);
    }

    @Override
    public Object visitLocalizedText(ValueType<LocalizedText> type, @Nullable Void none) {
      return values.localizedText().generate(source); // never blank: no constraint to draw within
    }

    @Override
    public Object visitStruct(StructType<?> type, @Nullable Void none) {
      if (constrained && type.equals(ValueType.money())) {
        return money(constraints, source); // in the configured currency, at its scale, never negative
      }
      return struct(type, constrained, ownerKind, pools, source);
    }

    @Override
    public Object visitList(ListType<?> type, @Nullable Void none) {
      return list(type, constraints, constrained, ownerKind, pools, source);
    }

    @Override
    public Object visitOptional(OptionalType<?> type, @Nullable Void none) {
      if (!values.present(source)) {
        return Optional.empty();
      }
      try {
        return Optional.ofNullable(type.element().accept(this, null));
      } catch (Unsatisfiable e) {
        return Optional.empty();
      }
    }
  }

  private ImmutableList<Object> list(ListType<?> type, List<Constraint> constraints, boolean constrained, String ownerKind,
      Pools pools, Source source) {
    int min = 0;
    int max = Integer.MAX_VALUE;
    boolean unique = false;
    List<Constraint> perItem = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c.kind() == Constraint.Kind.SIZE) {
        min = c.min().orElse(BigDecimal.ZERO).intValueExact();
        max = c.max().map(BigDecimal::intValueExact).orElse(Integer.MAX_VALUE);
      } else if (c.kind() == Constraint.Kind.UNIQUE_ITEMS) {
        unique = true;
      } else {
        perItem.add(c);
      }
    }
    int drawn = values.list(Gens.constant(0), 3).generate(source).size();
    int n = Math.max(min, Math.min(max, drawn));
    List<Object> out = new ArrayList<>();
    Set<Object> seen = new LinkedHashSet<>();
    // a few extra draws make room for repeats that unique items leave out
    for (int tries = 0; out.size() < n && tries < n + (unique ? 10 : 0); tries++) {
      Object item;
      try {
        item = value(type.element(), perItem, constrained, ownerKind, pools, source);
      } catch (Unsatisfiable e) {
        break;
      }
      if (!unique || seen.add(item)) {
        out.add(item);
      }
    }
    if (out.size() < min) {
      throw new InvalidValueException(ownerKind, "could not draw " + min + " items"); // drawn again by the caller
    }
    return ImmutableList.copyOf(out);
  }

  private Money money(List<Constraint> constraints, Source source) {
    int digits = Math.max(0, values.settings().currency().getDefaultFractionDigits());
    BigDecimal[] bounds = bounds(constraints, BigDecimal.ZERO, BigDecimal.valueOf(10_000_000_000_000_000L, digits));
    long lo = bounds[0].movePointRight(digits).setScale(0, RoundingMode.CEILING).longValueExact();
    long hi = bounds[1].movePointRight(digits).setScale(0, RoundingMode.FLOOR).longValueExact();
    if (lo > hi) {
      throw new InvalidValueException("money", "no amount of " + digits + " fraction digits in the range"); // drawn again
    }
    long unscaled = Gens.longs(lo, hi).generate(source);
    return Money.of(BigDecimal.valueOf(unscaled, digits), values.settings().currency());
  }

  /** The bounds of the declared ranges, within {@code lo} and {@code hi} where a range leaves a side open. */
  private static BigDecimal[] bounds(List<Constraint> constraints, BigDecimal lo, BigDecimal hi) {
    BigDecimal min = null;
    BigDecimal max = null;
    for (Constraint c : constraints) {
      if (c.kind() == Constraint.Kind.RANGE) {
        // several ranges all apply: draw within their intersection
        BigDecimal low = c.min().orElse(null);
        BigDecimal high = c.max().orElse(null);
        min = low == null ? min : min == null ? low : min.max(low);
        max = high == null ? max : max == null ? high : max.min(high);
      }
    }
    if (min == null && max == null) {
      return new BigDecimal[] {lo, hi};
    }
    // an open side keeps the default bound where it lies on the right side, else the default span
    BigDecimal span = hi.subtract(lo);
    if (min == null) {
      min = lo.compareTo(max) <= 0 ? lo : max.subtract(span);
    }
    if (max == null) {
      max = hi.compareTo(min) >= 0 ? hi : min.add(span);
    }
    return new BigDecimal[] {min, max};
  }

  private Object scalar(ScalarType<?> type, List<Constraint> constraints, boolean constrained, Pools pools, Source source) {
    switch (type.scalar()) {
      case STRING: {
        for (Constraint c : constraints) {
          if (c.kind() == Constraint.Kind.PATTERN) {
            return PatternGen.of(c.regex().orElseThrow()).generate(source);
          }
        }
        return values.text().generate(source);
      }
      case BOOLEAN:
        return Gens.booleans().generate(source);
      case INTEGER: {
        if (!constrained || constraints.isEmpty()) {
          return Gens.integers(-1_000, 1_000_000).generate(source);
        }
        BigDecimal[] b = bounds(constraints, BigDecimal.valueOf(-1_000), BigDecimal.valueOf(1_000_000));
        long lo = Math.max(Integer.MIN_VALUE, b[0].setScale(0, RoundingMode.CEILING).longValue());
        long hi = Math.min(Integer.MAX_VALUE, b[1].setScale(0, RoundingMode.FLOOR).longValue());
        return Gens.integers((int) lo, (int) Math.max(lo, hi)).generate(source);
      }
      case DECIMAL: {
        if (!constrained || constraints.isEmpty()) {
          return Gens.decimals(-1_000_000_000L, 1_000_000_000_000L, 4).generate(source);
        }
        BigDecimal[] b = bounds(constraints, BigDecimal.valueOf(-1_000_000_000L), BigDecimal.valueOf(1_000_000_000_000L));
        int scale = (int) Gens.integers(0, 4).generate(source);
        long lo = b[0].movePointRight(scale).setScale(0, RoundingMode.CEILING).longValue();
        long hi = b[1].movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValue();
        return BigDecimal.valueOf(Gens.longs(lo, Math.max(lo, hi)).generate(source), scale);
      }
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
      case DEFINED:
        if (constrained && constraints.stream().anyMatch(c -> c.kind() == Constraint.Kind.RANGE)) {
          return rangedNumber(type, constraints, source); // a long or a double: the others take no range
        }
        return defined(type).generate(source);
      default:
        throw new IllegalStateException("no generator for the scalar " + type.describe());
    }
  }

  /** A long or a double within the declared ranges. */
  private static Object rangedNumber(ScalarType<?> type, List<Constraint> constraints, Source source) {
    if (type.javaType() == Long.class) {
      BigDecimal[] b = bounds(constraints, BigDecimal.valueOf(-1_000), BigDecimal.valueOf(1_000_000));
      long lo = b[0].setScale(0, RoundingMode.CEILING).max(BigDecimal.valueOf(Long.MIN_VALUE)).longValue();
      long hi = b[1].setScale(0, RoundingMode.FLOOR).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
      return Gens.longs(lo, Math.max(lo, hi)).generate(source);
    }
    BigDecimal[] b = bounds(constraints, BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000_000));
    double lo = b[0].doubleValue();
    double hi = b[1].doubleValue();
    double value = lo + (hi - lo) * (Gens.longs(0, 1L << 53).generate(source) / (double) (1L << 53));
    BigDecimal exact = new BigDecimal(value);
    if (exact.compareTo(b[0]) < 0 || exact.compareTo(b[1]) > 0) { // a bound no double holds, rounded past
      throw new InvalidValueException(type.describe(), "no double drawn within the range"); // drawn again by the caller
    }
    return value;
  }

  /** A defined scalar's values, by the generator its definition gives, shrinking through {@link Gens#fromRandom}. */
  private static Gen<?> defined(ScalarType<?> type) {
    return Gens.fromRandom(type.generator().orElseThrow(() -> new IllegalStateException("the scalar " + type.describe()
        + " has no generator: give one with ScalarType.Builder.generator(...) to generate its values")));
  }

}
