package org.keneya.core.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.document.Document;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;

class KindRegistryTest {

  @Test
  void loadFindsCoreAndTestModelsThroughServiceLoader() {
    KindRegistry registry = KindRegistry.load();
    assertEquals(List.of("document", "note"), registry.kinds().stream().map(EntityKind::name).toList());
    assertSame(Note.KIND, registry.requireKind("note"));
    assertTrue(registry.codelist("colour").isPresent());
  }

  @Test
  void kindsAreOrderedByModelNameWhateverTheOrderOfRegistration() {
    KindRegistry a = KindRegistry.of(new NoteModel());
    KindRegistry b = KindRegistry.builder().add(new NoteModel()).build();
    assertEquals(a.kinds(), b.kinds());
    assertEquals(List.of("keneya-core", "test-notes"), a.models().stream().map(DomainModel::name).toList());
  }

  @Test
  void kindOfFindsTheKindOfASubclassOrRecord() {
    KindRegistry registry = KindRegistry.load();
    Document doc = Document.builder().id(org.keneya.core.value.Id.of("d1")).title(LocalizedText.fr("Titre")).build();
    // the instance is of the generated ImmutableDocument class, a subclass of Document
    assertSame(Document.KIND, registry.kindOf(doc));
    assertSame(Note.KIND, registry.kindOf(Note.class).orElseThrow());
  }

  @Test
  void twoModelsDeclaringTheSameKindNameAreRefusedNamingBoth() {
    DomainModel clash = model("other-notes", List.of(Note.KIND), List.of(NoteModel.COLOURS));
    DomainModelException e =
        assertThrows(DomainModelException.class, () -> KindRegistry.of(new NoteModel(), clash));
    assertEquals("kind \"note\" is declared by both other-notes and test-notes", e.getMessage());
  }

  @Test
  void twoDifferentCodelistsWithTheSameNameAreRefused() {
    Codelist otherColours = Codelist.builder().name("colour").label(LocalizedText.en("Colour"))
        .addEntries(CodeEntry.of("green", "Green", "Vert")).build();
    DomainModelException e = assertThrows(
        DomainModelException.class,
        () -> KindRegistry.of(new NoteModel(), model("paint", List.of(), List.of(otherColours))));
    assertTrue(e.getMessage().contains("codelist \"colour\" is declared differently by paint and test-notes"), e.getMessage());
  }

  @Test
  void aKindUsingAnUndeclaredCodelistIsRefused() {
    DomainModelException e = assertThrows(
        DomainModelException.class, () -> KindRegistry.of(model("bare", List.of(Note.KIND), List.of())));
    assertEquals("note.colour uses codelist \"colour\", which no model declares", e.getMessage());
  }

  @Test
  void aUserCanReplaceACodelistWithTheirOwn() {
    Codelist mine = Codelist.builder().name("colour").label(LocalizedText.en("Colour"))
        .addEntries(CodeEntry.of("green", "Green", "Vert")).build();
    KindRegistry registry = KindRegistry.builder().add(new NoteModel()).replaceCodelist(mine).build();
    assertTrue(registry.codelist("colour").orElseThrow().contains(Code.of("green")));
    assertThrows(DomainModelException.class,
        () -> KindRegistry.builder().replaceCodelist(mine).build());
  }

  /** A user's own kind, to stand in for a model's {@code note}. */
  record Memo(Id id, String text) implements Entity {}

  /** A user's own kind, to stand in for core's {@code document}. */
  record Source(Id id, String text) implements Entity {}

  private static <T extends Entity> EntityKind<T> named(
      String name, Class<T> type, java.util.function.BiFunction<Id, String, T> create,
      java.util.function.Function<T, String> text) {
    return EntityKind.of(name, type.getSimpleName(),
        StructType.positional(name, type, v -> create.apply(v.next(), v.next()))
            .add("id", ValueType.id(), Entity::id)
            .add("text", ValueType.string(), text)
            .build());
  }

  @Test
  void aUserCanReplaceAKindAModelDeclaresCoresDocumentIncluded() {
    EntityKind<Memo> note = named("note", Memo.class, Memo::new, Memo::text);
    EntityKind<Source> document = named("document", Source.class, Source::new, Source::text);
    KindRegistry registry =
        KindRegistry.builder().add(new NoteModel()).replaceKind(note).replaceKind(document).build();
    assertSame(note, registry.kind("note").orElseThrow());
    assertSame(document, registry.kind("document").orElseThrow());
    assertEquals(Optional.empty(), registry.kindOf(Note.class), "the replaced kind's type is no longer known");
    DomainModelException e = assertThrows(DomainModelException.class,
        () -> KindRegistry.builder().replaceKind(named("memo", Memo.class, Memo::new, Memo::text)).build());
    assertEquals("no model declares kind \"memo\" to replace", e.getMessage());
  }

  @Test
  void requireKindNamesTheKnownKinds() {
    DomainModelException e =
        assertThrows(DomainModelException.class, () -> KindRegistry.load().requireKind("nope"));
    assertEquals("no kind named \"nope\"; known kinds: [document, note]", e.getMessage());
    assertEquals(Optional.empty(), KindRegistry.load().kind("nope"));
  }

  private static DomainModel model(String name, List<EntityKind<?>> kinds, List<Codelist> codelists) {
    return new DomainModel() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<EntityKind<?>> kinds() {
        return kinds;
      }

      @Override
      public List<Codelist> codelists() {
        return codelists;
      }
    };
  }
}
