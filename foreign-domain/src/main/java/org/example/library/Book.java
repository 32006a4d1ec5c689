package org.example.library;

import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.Pattern;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;

/**
 * A book the library lends.
 *
 * @param id the book's id
 * @param title its title, in one or more languages
 * @param isbn its 13-digit ISBN
 * @param genre a code of the {@value LibraryModel#GENRES} codelist
 * @param copies how many copies the library holds, 1 or more
 */
@Kind(name = "book", label = "Book")
public record Book(
    Id id, LocalizedText title, @Pattern("[0-9]{13}") String isbn, @CodeOf(LibraryModel.GENRES) Code genre,
    @AtLeast(1) int copies) implements Entity {
  /** The kind {@code book}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Book> KIND = BookDescription.KIND;
}
