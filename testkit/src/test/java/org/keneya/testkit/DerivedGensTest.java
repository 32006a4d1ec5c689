package org.keneya.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;
import org.keneya.testkit.engine.RecordingSource;
import org.keneya.testkit.gen.Gen;

class DerivedGensTest {
  record Reading(Id id, int low, BigDecimal share, @Nullable Integer twice) implements Entity {}

  static final EntityKind<Reading> READING = EntityKind.of("reading", "Reading",
      StructType.positional("reading", Reading.class, v -> new Reading(v.next(), v.<Integer>next(), v.next(), v.next()))
          .add("id", ValueType.id(), Reading::id)
          .add("low", ValueType.integer(), Reading::low, Constraint.range(null, new BigDecimal("-5000")))
          .add("share", ValueType.decimal(), Reading::share, Constraint.range(new BigDecimal("0.5"), new BigDecimal("0.75")))
          .addOptional("twice", ValueType.integer(), Reading::twice, Constraint.atLeast(10), Constraint.between(-3, 12))
          .build());

  /** An entity that refers to one other, of a kind named when its kind is made. */
  interface Node extends Entity {
    Ref<?> other();
  }

  record A(Id id, Ref<?> other) implements Node {}

  record B(Id id, Ref<?> other) implements Node {}

  record C(Id id, Ref<?> other) implements Node {}

  static <N extends Node> EntityKind<N> node(String name, String other, Class<N> type, BiFunction<Id, Ref<?>, N> make) {
    return EntityKind.of(name, name, StructType.positional(name, type, v -> make.apply(v.next(), v.next()))
        .add("id", ValueType.id(), Node::id)
        .add("other", ValueType.<Ref<?>>ref(other), Node::other)
        .build());
  }

  @Test
  void numbersAreDrawnWithinEveryDeclaredRange() {
    Gen<Reading> readings = KeneyaGens.entities(READING, GenSettings.of(KindRegistry.builder().build()));
    for (long seed = 0; seed < 300; seed++) {
      Reading r = readings.sample(seed);
      assertTrue(r.low() <= -5000, r::toString);
      assertTrue(r.share().compareTo(new BigDecimal("0.5")) >= 0 && r.share().compareTo(new BigDecimal("0.75")) <= 0, r::toString);
      assertTrue(r.twice() == null || r.twice() >= 10 && r.twice() <= 12, r::toString);
    }
  }

  @Test
  void aRequiredReferenceWithNothingToPointToLeavesTheEntityOut() {
    DerivedGens derived = new DerivedGens(new ValueGens(GenSettings.defaults()));
    Optional<A> none = derived.entity(node("a", "b", A.class, A::new), 1, new Pools(), RecordingSource.random(1L, Gen.MAX_SIZE));
    assertTrue(none.isEmpty());
  }

  @Test
  void kindsReferringToEachOtherInACycleStillGiveValidDatasets() {
    KindRegistry cycle = KindRegistry.builder().add(new org.keneya.core.kind.DomainModel() {
      @Override
      public String name() {
        return "cycle";
      }

      @Override
      public List<EntityKind<?>> kinds() {
        return List.of(node("a", "b", A.class, A::new), node("b", "a", B.class, B::new), node("c", "a", C.class, C::new));
      }

      @Override
      public List<org.keneya.core.kind.Codelist> codelists() {
        return List.of();
      }
    }).build();
    DatasetGen gen = KeneyaGens.datasets(cycle);
    assertEquals(List.of("document", "a", "b", "c"), DatasetGen.order(cycle.kinds()).stream().map(EntityKind::name).toList());
    for (long seed = 0; seed < 50; seed++) {
      var d = gen.sample(seed);
      assertTrue(d.validate().isValid(), () -> d.validate().toString());
    }
  }
}
