package org.keneya.testdomain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.data.DatasetDiff;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.ValueType;
import org.keneya.testkit.DatasetGen;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Source;
import org.keneya.testkit.junit.Settings;

/**
 * {@code apply(diff(a, b), a) = b} and {@code diff(a, a)} empty, for generated networks of stations:
 * "b" is "a" edited — entities dropped, added, and edited property by property (a value taken from
 * another generated entity of the kind, or a list grown at its end).
 */
@Settings(DatasetDiffPropertyTest.Stations.class)
class DatasetDiffPropertyTest {
  private static final KindRegistry REGISTRY = Observatory.registry();

  /** The registry the generated datasets are drawn from: the weather stations. */
  public static final class Stations implements Supplier<GenSettings> {
    @Override
    public GenSettings get() {
      return GenSettings.of(REGISTRY);
    }
  }

  private static final DatasetGen NETWORKS = KeneyaGens.datasets(GenSettings.of(REGISTRY))
      .withCount("operator", 0, 6).withCount("station", 0, 8).withCount("inspection", 0, 10);

  @org.keneya.testkit.junit.Property(tries = 100)
  void aDatasetHasNoDifferenceFromItself(Dataset a) {
    DatasetDiff diff = a.diff(a);
    assertTrue(diff.isEmpty(), diff::toText);
    assertEquals(a, a.apply(diff));
  }

  @Test
  void applyingTheDiffOfAnEditedDatasetGivesTheEditedDataset() {
    Gen<Dataset[]> pairs = NETWORKS.flatMap(a -> edited(a).map(b -> new Dataset[] {a, b}));
    PropertyRunner.forAll(200, pairs, pair -> {
      Dataset a = pair[0];
      Dataset b = pair[1];
      DatasetDiff diff = a.diff(b);
      assertEquals(b, a.apply(diff), diff::toText);
      assertEquals(a.equals(b), diff.isEmpty(), diff::toText);
      assertEquals(a, b.apply(b.diff(a)), () -> b.diff(a).toText());
    });
  }

  @Test
  void theEditsChangeValuesInsideEntitiesAndAppendToLists() {
    // the generator of edits is not trivial: over many pairs, each sort of change turns up
    boolean changedValue = false;
    boolean appended = false;
    boolean added = false;
    boolean removed = false;
    for (long seed = 0; seed < 200; seed++) {
      Dataset a = NETWORKS.sample(seed);
      DatasetDiff diff = a.diff(edited(a).sample(seed + 1000));
      added |= !diff.added().isEmpty();
      removed |= !diff.removed().isEmpty();
      for (DatasetDiff.EntityChange change : diff.changed()) {
        for (DatasetDiff.PropertyChange p : change.properties()) {
          appended |= p.type() == DatasetDiff.PropertyChange.Type.APPENDED;
          changedValue |= p.type() == DatasetDiff.PropertyChange.Type.CHANGED && p.segments().size() > 1;
        }
      }
    }
    assertTrue(changedValue && appended && added && removed,
        "nested change " + changedValue + ", appended " + appended + ", added " + added + ", removed " + removed);
  }

  /**
   * "a" edited: each entity kept (what a draw of 0 gives, so that a failure shrinks to few edits),
   * edited or dropped; entities of another generated dataset added where their ids are free.
   */
  static Gen<Dataset> edited(Dataset a) {
    return source -> {
      Dataset donors = NETWORKS.generate(source);
      Dataset.Builder b = Dataset.builder(a.registry());
      for (Entity entity : a.entities()) {
        switch ((int) source.draw(4)) {
          case 3 -> { } // dropped
          case 2 -> b.add(edit(entity, donors, source));
          default -> b.add(entity);
        }
      }
      for (Entity donor : donors.entities()) {
        if (!a.contains(a.registry().kindOf(donor).ref(donor.id())) && source.draw(2) == 2) {
          b.add(donor);
        }
      }
      return b.build();
    };
  }

  /**
   * {@code entity} with some properties taken from an entity of its kind among {@code donors}, or with
   * a list grown by the donor's items; unchanged when the kind has no donor or the edit breaks a
   * declared constraint.
   */
  private static <E extends Entity> Entity edit(E entity, Dataset donors, Source source) {
    EntityKind<E> kind = REGISTRY.kindOf(entity);
    List<E> others = donors.entities(kind);
    if (others.isEmpty()) {
      return entity;
    }
    E donor = others.get((int) source.draw(others.size() - 1));
    List<Property<E, ?>> properties = kind.properties();
    @Nullable Object[] values = new Object[properties.size()];
    for (int i = 0; i < values.length; i++) {
      Property<E, ?> property = properties.get(i);
      values[i] = property.valueOrNull(entity);
      if (i == 0) {
        continue; // the id stays
      }
      long how = source.draw(3);
      if (how == 1) {
        values[i] = property.valueOrNull(donor);
      } else if (how == 2 && property.type().shape() == ValueType.Shape.LIST) {
        List<Object> grown = new ArrayList<>((List<?>) property.get(entity));
        grown.addAll((List<?>) property.get(donor));
        values[i] = List.copyOf(grown);
      }
    }
    try {
      return kind.create(values);
    } catch (RuntimeException e) { // a constraint the edit broke, such as unique items
      return entity;
    }
  }
}
