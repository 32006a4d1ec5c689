package org.example.library;

import java.util.List;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.LocalizedText;

/** The lending library's kinds and codelists, found by {@link java.util.ServiceLoader}. */
public final class LibraryModel implements DomainModel {
  /** The codelist of book genres. */
  public static final String GENRES = "genre";
  /** The codelist of the reasons for a fee. */
  public static final String FEE_REASONS = "fee-reason";

  /** Used by {@link java.util.ServiceLoader}. */
  public LibraryModel() {}

  @Override
  public String name() {
    return "lending-library";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Member.KIND, Book.KIND, Loan.KIND, Fee.KIND, Acquisition.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of(
        Codelist.builder().name(GENRES).label(LocalizedText.of("en", "Genre", "fr", "Genre"))
            .addEntries(CodeEntry.of("novel", "Novel", "Roman"), CodeEntry.of("essay", "Essay", "Essai"),
                CodeEntry.of("poetry", "Poetry", "Poésie"))
            .build(),
        Codelist.builder().name(FEE_REASONS).label(LocalizedText.of("en", "Fee reason", "fr", "Motif de frais"))
            .addEntries(CodeEntry.of("late", "Late return", "Retour tardif"), CodeEntry.of("damage", "Damage", "Dégât"),
                CodeEntry.of("lost", "Lost", "Perte"))
            .build());
  }
}
