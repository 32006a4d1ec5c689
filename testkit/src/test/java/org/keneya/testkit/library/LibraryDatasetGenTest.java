package org.keneya.testkit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Ref;
import org.keneya.testkit.DatasetGen;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.engine.PropertyFailure;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.junit.Property;
import org.keneya.testkit.junit.Settings;

/**
 * The generic dataset generator with a registry that has no health kind: a lending library whose
 * kinds are listed in an order where references cannot resolve, with every kind of declared
 * constraint and a builder that checks more than its constraints.
 */
@Settings(LibraryDatasetGenTest.LibrarySettings.class)
class LibraryDatasetGenTest {
  /** The library's registry, named for the {@code @Property} methods below. */
  public static final class LibrarySettings implements Supplier<GenSettings> {
    @Override
    public GenSettings get() {
      return GenSettings.of(Library.registry());
    }
  }

  private static final GenSettings LIBRARY = GenSettings.of(Library.registry());
  private static final DatasetGen DATASETS = KeneyaGens.datasets(LIBRARY);

  private static List<Dataset> samples(Gen<Dataset> gen, int n) {
    List<Dataset> out = new ArrayList<>();
    for (long seed = 0; seed < n; seed++) {
      out.add(gen.sample(seed));
    }
    return out;
  }

  @Test
  void generatedDatasetsValidateWithoutErrors() {
    for (Dataset d : samples(DATASETS, 300)) {
      assertTrue(d.validate().isValid(), () -> d.validate().toString());
    }
  }

  @Test
  void everyReferenceResolvesToAGeneratedEntityOfItsKind() {
    int loans = 0;
    for (Dataset d : samples(DATASETS, 200)) {
      for (Library.Loan loan : d.entities(Library.LOAN)) {
        assertTrue(resolves(d, loan.member()), () -> loan + " in " + d);
        assertTrue(resolves(d, loan.book()), () -> loan + " in " + d);
        loans++;
      }
      for (Library.Fee fee : d.entities(Library.FEE)) {
        assertTrue(resolves(d, fee.loan()));
        fee.waivedBy().forEach(m -> assertTrue(resolves(d, m)));
      }
      for (Library.Book book : d.entities(Library.BOOK)) {
        if (book.sequelOf() != null) {
          assertTrue(resolves(d, book.sequelOf()));
        }
      }
    }
    assertTrue(loans > 100, "loans are generated although the registry lists them before members and books: " + loans);
  }

  private static boolean resolves(Dataset d, Ref<?> ref) {
    return d.contains(ref);
  }

  @Test
  void declaredConstraintsAreMetByEveryEntity() {
    Map<String, Integer> seen = new HashMap<>();
    for (Dataset d : samples(DATASETS, 200)) {
      for (EntityKind<?> kind : d.kinds()) {
        checkConstraints(kind, d);
      }
      for (Library.Member m : d.entities(Library.MEMBER)) {
        assertTrue(m.email().matches("[a-z]{1,8}(\\.[a-z]{1,8})?@[a-z]{2,6}\\.(org|net)"), m.email());
        assertTrue(m.phones().size() <= 2 && m.phones().stream().distinct().count() == m.phones().size(), m::toString);
        m.phones().forEach(p -> assertTrue(p.matches("\\+223 [0-9]{8}"), p));
        if (m.address() != null && m.address().postcode() != null) {
          seen.merge("postcode", 1, Integer::sum);
        }
      }
      for (Library.Book b : d.entities(Library.BOOK)) {
        assertTrue(b.isbn().matches("97[89]-[0-9]{10}"), b.isbn());
        assertTrue(b.copies() >= 1 && b.copies() <= 12, b::toString);
        assertFalse(b.authors().isEmpty());
      }
      for (Library.Loan l : d.entities(Library.LOAN)) {
        assertTrue(l.renewals() >= 0 && l.renewals() <= 3);
        if (l.status().value().equals("returned")) {
          assertTrue(l.returned() != null, () -> "required when returned: " + l);
          seen.merge("returned", 1, Integer::sum);
        }
      }
      for (Library.Fee f : d.entities(Library.FEE)) {
        assertTrue(f.amount().amount().compareTo(java.math.BigDecimal.valueOf(100)) >= 0, f::toString);
        assertTrue(f.amount().amount().compareTo(java.math.BigDecimal.valueOf(50_000)) <= 0, f::toString);
        assertEquals("XOF", f.amount().currency().getCurrencyCode());
        seen.merge("fee", 1, Integer::sum);
      }
    }
    assertTrue(seen.getOrDefault("postcode", 0) > 10, seen::toString);
    assertTrue(seen.getOrDefault("returned", 0) > 10, seen::toString);
    assertTrue(seen.getOrDefault("fee", 0) > 10, seen::toString);
  }

  private static <E extends Entity> void checkConstraints(EntityKind<E> kind, Dataset d) {
    for (E e : d.entities(kind)) {
      kind.struct().forEachViolation(e, (path, error) -> {
        throw new AssertionError(kind.name() + " " + e.id() + " " + path + ": " + error.getMessage());
      });
    }
  }

  @Test
  void idsAreUniqueAndCountsFollowWithCount() {
    Gen<Dataset> gen = DATASETS.withCount("member", 3, 3).withCount("book", 2, 4).withCount("fee", 0, 0);
    for (Dataset d : samples(gen, 100)) {
      assertEquals(3, d.entities(Library.MEMBER).size());
      int books = d.entities(Library.BOOK).size();
      assertTrue(books >= 2 && books <= 4, () -> "books: " + books);
      assertTrue(d.entities(Library.FEE).isEmpty());
      for (EntityKind<?> kind : d.kinds()) {
        assertEquals(d.entities(kind).size(), d.entities(kind).stream().map(Entity::id).distinct().count());
      }
    }
  }

  @Test
  void kindsAreOrderedSoThatReferencesResolve() {
    Gen<Dataset> everything = DATASETS.withCount("member", 1, 1).withCount("book", 1, 1).withCount("loan", 1, 1)
        .withCount("fee", 1, 1);
    Dataset d = everything.sample(3L);
    assertEquals(1, d.entities(Library.FEE).size(), d::toString);
    assertEquals(1, d.entities(Library.LOAN).size(), d::toString);
  }

  @Test
  void aFailingPropertyShrinksToTheEntitiesItNeeds() {
    // fails as soon as one loan is lost: the smallest counterexample is one member, one book, one loan
    PropertyRunner runner = PropertyRunner.builder().tries(200).seed(26L).build();
    PropertyResult<Dataset> result = runner.run(DATASETS, d ->
        assertTrue(d.entities(Library.LOAN).stream().noneMatch(l -> l.status().value().equals("lost"))));
    PropertyFailure<Dataset> failure = result.failure().orElseThrow(() -> new AssertionError("no lost loan in 200 tries"));
    Dataset shrunk = failure.shrunk();
    assertTrue(shrunk.validate().isValid(), () -> shrunk.validate().toString());
    assertEquals(1, shrunk.entities(Library.LOAN).size(), shrunk::toString);
    assertEquals(1, shrunk.entities(Library.MEMBER).size(), shrunk::toString);
    assertEquals(1, shrunk.entities(Library.BOOK).size(), shrunk::toString);
    assertTrue(shrunk.entities(Library.FEE).isEmpty(), shrunk::toString);
    assertTrue(failure.shrunkDraws() < failure.originalDraws());
  }

  @Test
  void singleEntitiesAreDerivedOutsideADataset() {
    Gen<Library.Loan> loans = KeneyaGens.entities(Library.LOAN, LIBRARY);
    for (long seed = 0; seed < 100; seed++) {
      Library.Loan loan = loans.sample(seed);
      assertTrue(loan.returned() == null || !loan.returned().isBefore(loan.start()));
    }
  }

  /** Parameters resolve from the registry the class's {@code @Settings} names: the library's kinds and documents. */
  @Property(tries = 50)
  void aPropertyOverGeneratedDatasetsRuns(Dataset d) {
    assertTrue(d.validate().isValid(), () -> d.validate().toString());
    assertTrue(d.registry().kind("loan").isPresent(), "the named registry holds the library's kinds");
  }

  @Property(tries = 50)
  void aPropertyOverALibraryKindRuns(Library.Book book) {
    assertTrue(book.copies() >= 1 && book.copies() <= 12);
    Optional.ofNullable(book.sequelOf()).ifPresent(ref -> assertEquals("book", ref.kind()));
  }
}
