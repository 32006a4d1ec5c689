package org.example.library;

import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
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
public record Book(Id id, LocalizedText title, String isbn, Code genre, int copies) implements Entity {
  /** The kind {@code book}. */
  public static final EntityKind<Book> KIND = EntityKind.of("book", "Book",
      StructType.positional("book", Book.class, v -> new Book(v.next(), v.next(), v.next(), v.next(), v.<Integer>next()))
          .add("id", ValueType.id(), Book::id)
          .add("title", ValueType.localizedText(), Book::title)
          .add("isbn", ValueType.string(), Book::isbn, Constraint.pattern("[0-9]{13}"))
          .add("genre", ValueType.code(LibraryModel.GENRES), Book::genre)
          .add("copies", ValueType.integer(), Book::copies, Constraint.atLeast(1))
          .build());
}
