package org.keneya.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.document.Document;
import org.keneya.core.error.DatasetConflictException;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.Note;
import org.keneya.core.validation.InvalidDatasetException;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

class DatasetTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();

  private static Dataset of(Entity... entities) {
    return Dataset.of(REGISTRY, List.of(entities));
  }

  @Test
  void ordersKindsByRegistryAndEntitiesByNaturalIdWhateverTheInsertionOrder() {
    Entity n10 = Note.of("n10", "ten", "red");
    Entity n2 = Note.of("n2", "two", "blue");
    Entity doc = document("d1");
    Dataset a = of(n10, doc, n2);
    Dataset b = of(n2, n10, doc);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(List.of(doc, n2, n10), a.entities());
    assertEquals("Dataset{document=1, note=2}", a.toString());
  }

  @Test
  void resolvesReferencesByKindAndId() {
    Dataset dataset = of(Note.of("n1", "one", "red"), document("d1"));
    assertEquals(Optional.of("one"), dataset.get(Ref.<Note>of("note", "n1")).map(Note::text));
    assertEquals(Optional.of("one"), dataset.get(Note.KIND, Id.of("n1")).map(Note::text));
    assertTrue(dataset.contains(Ref.of("document", "d1")));
    assertFalse(dataset.contains(Ref.of("note", "d1")));
    assertEquals(2, dataset.size());
  }

  @Test
  void lookupsFindTheFirstAddedOfDuplicateIdsBothBeforeAndAfterTheHashIndexIsBuilt() {
    Dataset.Builder builder = Dataset.builder(REGISTRY);
    for (int i = 999; i >= 0; i--) { // out of order, so that the dataset sorts them
      builder.add(Note.of("n" + i, "first " + i, "red"));
    }
    builder.add(Note.of("n7", "second 7", "blue"));
    builder.add(Note.of("n007", "zeros", "blue")); // equal to n7 by number: natural order ties on the text
    Dataset dataset = builder.build();
    // The first lookups search the sorted lists; past a few hundred, a hash index answers: the
    // answers must not change when it does.
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 1000; i += 3) {
        assertEquals(Optional.of("first " + i), dataset.get(Ref.<Note>of("note", "n" + i)).map(Note::text));
      }
      assertEquals(Optional.of("first 7"), dataset.get(Ref.<Note>of("note", "n7")).map(Note::text));
      assertEquals(Optional.of("zeros"), dataset.get(Ref.<Note>of("note", "n007")).map(Note::text));
      assertFalse(dataset.contains(Ref.of("note", "n07")));
      assertFalse(dataset.contains(Ref.of("note", "n1000")));
      assertFalse(dataset.contains(Ref.of("note", "n")));
      assertFalse(dataset.contains(Ref.of("document", "n1")));
    }
  }

  @Test
  void aBuilderKeepsCollectingAfterBuildingWithoutChangingWhatItBuilt() {
    Dataset.Builder builder = Dataset.builder(REGISTRY).add(Note.of("n2", "two", "blue"));
    Dataset first = builder.build();
    Dataset second = builder.add(Note.of("n1", "one", "red")).build();
    assertEquals(1, first.size());
    assertFalse(first.contains(Ref.of("note", "n1")));
    assertEquals(List.of("n1", "n2"), second.entities().stream().map(e -> e.id().value()).toList());
  }

  @Test
  void addingAnEntityOfAnUnregisteredTypeIsRefused() {
    Entity stranger = () -> Id.of("x");
    assertThrows(DomainModelException.class, () -> Dataset.builder(REGISTRY).add(stranger));
  }

  @Test
  void mergeFoldsEqualDuplicates() {
    Dataset a = of(Note.of("n1", "one", "red"), document("d1"));
    Dataset b = of(Note.of("n1", "one", "red"), Note.of("n2", "two", "blue"));
    Dataset merged = a.merge(b);
    assertEquals(3, merged.size());
    assertEquals(merged, b.merge(a));
  }

  @Test
  void mergeRefusesConflictingVersionsNamingBoth() {
    Dataset a = of(Note.of("n1", "one", "red"));
    Dataset b = of(Note.of("n1", "uno", "red"));
    DatasetConflictException e = assertThrows(DatasetConflictException.class, () -> a.merge(b));
    assertEquals("note:n1", e.place().toString());
    assertTrue(e.getMessage().contains("text=one") && e.getMessage().contains("text=uno"), e.getMessage());
  }

  @Test
  void aSubsetKeepsWhatItsEntitiesReferenceTransitivelyAndNothingElse() {
    Dataset dataset = of(
        document("d1"),
        document("d2"),
        Note.of("n1", "one", "red").from("d1"),
        Note.of("n2", "two", "blue").replyingTo("n1"),
        Note.of("n3", "three", "red").from("d2"));
    Dataset subset = dataset.subset(e -> e.id().equals(Id.of("n2")));
    assertEquals(List.of("d1", "n1", "n2"), subset.entities().stream().map(e -> e.id().value()).toList());
    assertTrue(subset.validate().isValid(), subset.validate()::toString);
    assertEquals(dataset, dataset.subset(e -> true));
    assertTrue(dataset.subset(e -> false).isEmpty());
  }

  @Test
  void aSubsetSkipsReferencesThatDoNotResolve() {
    Dataset dataset = of(Note.of("n2", "two", "blue").replyingTo("n9"));
    assertEquals(dataset, dataset.subset(e -> true));
  }

  @Test
  void validationReportsDuplicateIdsDanglingReferencesUnknownCodesAndKindRules() {
    Dataset dataset = of(
        Note.of("n1", "one", "red"),
        Note.of("n1", "one again", "red"),
        Note.of("n2", "two", "green").replyingTo("n9"),
        Note.of("n3", "a forbidden word", "blue"),
        Note.of("n4", "four", "red").from("missing-doc"));
    ValidationReport report = dataset.validate();
    assertEquals(
        List.of(
            "ERROR duplicate-id note:n1: id n1 is used by more than one note",
            "ERROR unknown-code note:n2 colour: \"green\" is not in codelist colour [red, blue]",
            "ERROR dangling-reference note:n2 replyTo: note:n9 is not in the dataset",
            "ERROR forbidden-word note:n3 text: a note must not say \"forbidden\"",
            "ERROR dangling-reference note:n4 provenance[0].document: document:missing-doc is not in the dataset"),
        report.violations().stream().map(Violation::toString).toList());
    assertFalse(report.isValid());
    assertEquals("5 errors, 0 warnings", report.summary());
    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, report::throwIfInvalid);
    assertTrue(e.getMessage().startsWith("note:n1: invalid dataset (5 errors, 0 warnings)"), e.getMessage());
  }

  @Test
  void aConsistentDatasetIsValid() {
    Dataset dataset = of(
        document("d1"),
        Note.of("n1", "one", "red"),
        Note.of("n2", "two", "blue").replyingTo("n1"),
        Note.of("n3", "three", "red").from("d1"));
    ValidationReport report = dataset.validate();
    assertTrue(report.isValid(), report::toString);
    assertEquals(List.of(), report.violations());
  }

  private static Document document(String id) {
    return Document.builder().id(Id.of(id)).title(LocalizedText.fr("Document " + id)).build();
  }
}
