package org.keneya.core.kind;

import java.util.List;

/** The test-only domain model registered in core's test resources through {@code META-INF/services}. */
public final class NoteModel implements DomainModel {
  static final Codelist COLOURS =
      Codelist.builder()
          .name("colour")
          .label(org.keneya.core.value.LocalizedText.en("Colour"))
          .addEntries(CodeEntry.of("red", "Red", "Rouge"), CodeEntry.of("blue", "Blue", "Bleu"))
          .build();

  @Override
  public String name() {
    return "test-notes";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Note.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of(COLOURS);
  }
}
