package org.keneya.testkit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Id;
import org.keneya.testkit.DatasetPrinter;
import org.keneya.testkit.KindLaws;
import org.opentest4j.AssertionFailedError;

/** {@link KindLaws} on the library's kinds, and on kinds and codecs that break a law. */
class LibraryLawsTest {
  private static final KindRegistry REGISTRY = Library.registry();

  @Test
  void everyLibraryKindObeysTheLaws() {
    for (EntityKind<?> kind : REGISTRY.kinds()) {
      KindLaws.check(REGISTRY, kind);
    }
  }

  @Test
  void aLosslessCodecPasses() {
    // the printed text is not a codec, but an identity "codec" over it keeps the dataset
    List<Dataset> written = new ArrayList<>();
    KindLaws.of(REGISTRY, Library.LOAN)
        .roundTrips("identity", d -> {
          written.add(d);
          return DatasetPrinter.json(d).getBytes(StandardCharsets.UTF_8);
        }, bytes -> written.get(written.size() - 1))
        .tries(30)
        .check();
  }

  @Test
  void aLossyCodecIsReportedWithTheKindTheLawAndTheShrunkDataset() {
    AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> KindLaws.of(REGISTRY, Library.BOOK)
        .roundTrips("lossy", d -> DatasetPrinter.json(d).getBytes(StandardCharsets.UTF_8),
            bytes -> Dataset.of(REGISTRY, List.of())) // loses everything
        .seed(7L)
        .check());
    String message = failure.getMessage();
    assertTrue(message.startsWith("kind book breaks 1 law:\nlaw \"round trip through lossy\" of kind book failed on try 1"),
        message);
    assertTrue(message.contains("(seed 7)"), message);
    // the shrunk counterexample in full: one book with its properties
    assertTrue(message.contains("Dataset of 1 entity {\n  \"book\": [\n    {\n      \"id\": \"book-1\",\n      \"title\": "),
        message);
    assertTrue(message.contains("\"copies\": "), message);
    assertTrue(message.contains("codec is not lossless: kinds differ"), message);
    assertTrue(failure.getCause() instanceof AssertionFailedError);
  }

  record Pair(Id id, int low, int high) implements Entity {}

  /** A description whose getters are crossed: high reads low. */
  static final EntityKind<Pair> CROSSED = EntityKind.of("pair", "Pair",
      StructType.positional("pair", Pair.class, v -> new Pair(v.next(), v.<Integer>next(), v.<Integer>next()))
          .add("id", ValueType.id(), Pair::id)
          .add("low", ValueType.integer(), Pair::low)
          .add("high", ValueType.integer(), Pair::low)
          .build());

  /** A description whose getter gives null for a required property. */
  static final EntityKind<Pair> NULL_GETTER = EntityKind.of("pair", "Pair",
      StructType.positional("pair", Pair.class, v -> new Pair(v.next(), v.<Integer>next(), v.<Integer>next()))
          .add("id", ValueType.id(), Pair::id)
          .add("low", ValueType.integer(), Pair::low)
          .add("high", ValueType.integer(), p -> p.high() > Integer.MIN_VALUE ? null : 0)
          .build());

  private static KindRegistry registryOf(EntityKind<?> kind) {
    return KindRegistry.of(new DomainModel() {
      @Override
      public String name() {
        return "pairs";
      }

      @Override
      public List<EntityKind<?>> kinds() {
        return List.of(kind);
      }

      @Override
      public List<Codelist> codelists() {
        return List.of();
      }
    });
  }

  @Test
  void aDescriptionThatDoesNotRebuildItsEntityBreaksThatLaw() {
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> KindLaws.of(registryOf(CROSSED), CROSSED).seed(3L).check());
    String message = failure.getMessage();
    assertTrue(message.startsWith("kind pair breaks 1 law:\nlaw \"rebuilt from its property values\""), message);
    assertTrue(message.contains("built from its own property values, it is not equal to itself"), message);
    assertTrue(message.contains("\"pair\": [\n    {\n      \"id\": \"pair-1\",\n      \"low\": "), message);
  }

  @Test
  void aGetterGivingNullForARequiredPropertyBreaksTheDescriptionLaw() {
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> KindLaws.of(registryOf(NULL_GETTER), NULL_GETTER).tries(10).check());
    String message = failure.getMessage();
    assertTrue(message.contains("law \"the description matches the type\" of kind pair"), message);
    assertTrue(message.contains("pair:pair-1.high: the getter gave null where the description says integer (required)"),
        message);
  }

  /** A kind whose rule warns about every odd value, which the derived generator does not avoid. */
  static final EntityKind<Pair> WARNED = EntityKind.of("pair", "Pair",
      StructType.positional("pair", Pair.class, v -> new Pair(v.next(), v.<Integer>next(), v.<Integer>next()))
          .add("id", ValueType.id(), Pair::id)
          .add("low", ValueType.integer(), Pair::low)
          .add("high", ValueType.integer(), Pair::high)
          .build(),
      List.of((pair, context) -> {
        if (pair.low() % 2 != 0) {
          context.warning("low", "odd-low", "low is odd");
        }
      }));

  @Test
  void aWarningBreaksTheValidityLawOnlyWithNoWarnings() {
    KindRegistry registry = registryOf(WARNED);
    KindLaws.of(registry, WARNED).tries(50).seed(5L).check(); // errors only: passes
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> KindLaws.of(registry, WARNED).tries(50).seed(5L).noWarnings().check());
    String message = failure.getMessage();
    assertTrue(message.startsWith("kind pair breaks 1 law:\nlaw \"generated values are valid\""), message);
    assertTrue(message.contains("validation reports 1 violation of generated pair entities: [WARNING odd-low pair:pair-1 low"),
        message);
  }

  @Test
  void aKindOutsideTheRegistryIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KindLaws.of(REGISTRY, CROSSED));
    assertTrue(e.getMessage().startsWith("kind pair is not the registry's"), e.getMessage());
    assertEquals(5, REGISTRY.kinds().size());
  }
}
