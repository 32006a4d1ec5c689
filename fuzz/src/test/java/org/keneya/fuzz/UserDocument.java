package org.keneya.fuzz;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.Pattern;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;

/**
 * A user's own {@code document}, to replace core's, to which every provenance then refers: core's
 * properties, an address where the document can be read, and keywords.
 *
 * @param id the document's id
 * @param title its title
 * @param issued the day it was issued, if it says
 * @param publisher who issued it, as written
 * @param file the file it is kept under
 * @param url where it can be read (the user's addition)
 * @param keywords what it is about, each once (the user's addition)
 */
@Kind(name = "document", label = "Document")
public record UserDocument(
    Id id, LocalizedText title, @Nullable LocalDate issued, @Nullable String publisher, @Nullable String file,
    @Pattern("https://[^\\s]+") @Nullable String url, @NonBlank @UniqueItems List<String> keywords)
    implements Entity {
  /** The kind {@code document} of the user's type, described by Keneya's annotation processor. */
  public static final EntityKind<UserDocument> KIND = UserDocumentDescription.KIND;
}
