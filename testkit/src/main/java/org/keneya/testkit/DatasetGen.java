package org.keneya.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Source;

/**
 * Generates whole, referentially consistent datasets of any registry — the settings' {@link
 * GenSettings#registry()} — from the kinds' descriptions alone: for every kind of the registry,
 * entities derived from its properties ({@link DerivedGens}), with codes from the registry's
 * codelists, unique ids ({@code member-1}, {@code member-2}…), values within the declared
 * constraints, and references to entities generated before them. Kinds are generated in an order
 * that lets references resolve: a kind comes after the kinds its references point to (and, where
 * references form a cycle, after as many of them as the cycle allows), so a {@code
 * loan} that needs a {@code member} and a {@code book} finds them. An entity whose required
 * reference has nothing to point to is left out, so validation of a generated dataset reports no
 * error.
 *
 * <p>Counts per kind grow with the size of the try and shrink towards their minimum (0 by default),
 * so a failing dataset shrinks to the few entities the failure needs. Immutable; each {@code
 * with…} returns a copy.
 *
 * <pre>{@code
 * Gen<Dataset> datasets = DatasetGen.of(GenSettings.of(KindRegistry.of(new LibraryModel())))
 *     .withCount("member", 1, 10)
 *     .withCount("loan", 0, 30);
 * }</pre>
 */
public final class DatasetGen implements Gen<Dataset> {
  private static final int[] DEFAULT_COUNT = {0, 5};

  private final GenSettings settings;
  private final ImmutableMap<String, int[]> counts;

  private DatasetGen(GenSettings settings, ImmutableMap<String, int[]> counts) {
    this.settings = settings;
    this.counts = counts;
  }

  /**
   * Datasets of every kind of {@code settings}' registry, 0 to 5 entities of each.
   *
   * @throws IllegalStateException if {@code settings} have no registry
   */
  public static DatasetGen of(GenSettings settings) {
    settings.registry(); // fails now, naming what is missing, rather than at the first try
    return new DatasetGen(settings, ImmutableMap.of());
  }

  /**
   * The same datasets drawn with other settings (another registry included).
   *
   * @throws IllegalStateException if {@code newSettings} have no registry
   */
  public DatasetGen withSettings(GenSettings newSettings) {
    newSettings.registry();
    return new DatasetGen(newSettings, counts);
  }

  /**
   * How many entities of {@code kind} to generate. The count grows with the size of the try, from
   * {@code min} up to {@code max}; a kind not given here gets 0 to 5.
   */
  public DatasetGen withCount(String kind, int min, int max) {
    checkArgument(0 <= min && min <= max, "bad count [%s, %s] for %s", min, max, kind);
    Map<String, int[]> copy = new LinkedHashMap<>(counts);
    copy.put(kind, new int[] {min, max});
    return new DatasetGen(settings, ImmutableMap.copyOf(copy));
  }

  /** The settings values are drawn with. */
  public GenSettings settings() {
    return settings;
  }

  @Override
  public Dataset generate(Source source) {
    DerivedGens derived = new DerivedGens(new ValueGens(settings));
    Pools pools = new Pools();
    for (EntityKind<?> kind : order(settings.registry().kinds())) {
      for (int i = 1, n = count(source, counts, kind.name()); i <= n; i++) {
        Optional<? extends Entity> entity = derived.entity(kind, i, pools, source);
        entity.ifPresent(e -> pools.add(kind.name(), e));
      }
    }
    return Dataset.of(settings.registry(), pools.entities());
  }

  /**
   * The kinds in an order where each comes after the kinds its references point to, as far
   * as cycles allow; otherwise in the registry's order. A kind that refers to itself draws from the
   * entities of its kind generated before it.
   */
  static ImmutableList<EntityKind<?>> order(List<EntityKind<?>> kinds) {
    Map<String, EntityKind<?>> byName = new LinkedHashMap<>();
    kinds.forEach(k -> byName.put(k.name(), k));
    Set<String> placed = new LinkedHashSet<>();
    List<EntityKind<?>> out = new ArrayList<>();
    while (out.size() < kinds.size()) {
      EntityKind<?> next = null;
      for (EntityKind<?> kind : kinds) {
        if (!placed.contains(kind.name()) && placed.containsAll(needs(kind, byName))) {
          next = kind;
          break;
        }
      }
      if (next == null) { // a cycle of required references: take the first kind left, as the registry lists them
        next = kinds.stream().filter(k -> !placed.contains(k.name())).findFirst().orElseThrow();
      }
      placed.add(next.name());
      out.add(next);
    }
    return ImmutableList.copyOf(out);
  }

  /** The other kinds of the registry that {@code kind}'s references point to, required ones or not. */
  private static Set<String> needs(EntityKind<?> kind, Map<String, EntityKind<?>> known) {
    Set<String> targets = new LinkedHashSet<>();
    for (Property<?, ?> p : kind.properties()) {
      targets(p.type(), targets);
    }
    targets.remove(kind.name());
    targets.retainAll(known.keySet());
    return targets;
  }

  private static void targets(ValueType<?> type, Set<String> out) {
    type.accept(TARGETS, out);
  }

  /** Adds the kinds a value of a type can refer to. */
  private static final ValueType.PartialVisitor<Set<String>, @Nullable Void> TARGETS = new ValueType.PartialVisitor<>() {
    @Override
    public @Nullable Void visitScalar(ScalarType<?> type, Set<String> out) {
      if (type instanceof RefType) {
        ((RefType<?>) type).target().ifPresent(out::add);
      }
      return null;
    }

    @Override
    public @Nullable Void visitList(ListType<?> type, Set<String> out) {
      return type.element().accept(this, out);
    }

    @Override
    public @Nullable Void visitOptional(OptionalType<?> type, Set<String> out) {
      return type.element().accept(this, out);
    }

    @Override
    public @Nullable Void visitStruct(StructType<?> type, Set<String> out) {
      for (Property<?, ?> p : type.properties()) {
        p.type().accept(this, out);
      }
      return null;
    }

    @Override
    public @Nullable Void otherwise(ValueType<?> type, Set<String> out) {
      return null;
    }
  };

  /** How many entities of {@code kind} a try of this size draws: uniform up to a bound that grows with the size. */
  static int count(Source source, Map<String, int[]> counts, String kind) {
    int[] range = counts.getOrDefault(kind, DEFAULT_COUNT);
    int max = range[0] + (int) ((long) (range[1] - range[0]) * source.size() / MAX_SIZE);
    // uniform rather than log-uniform: a size-100 try should usually be large; still shrinks to the minimum
    return range[0] + (int) source.draw(Math.max(0, max - range[0]));
  }
}
