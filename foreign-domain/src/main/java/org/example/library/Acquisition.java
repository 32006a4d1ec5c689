package org.example.library;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.DecimalRange;
import org.keneya.core.annotation.Kind;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Id;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;

/**
 * A copy of a book the library received: the kind that uses every scalar core defines beside its
 * first ones, and the library's own {@link Isbn}.
 *
 * @param id the acquisition's id
 * @param book the book the copy is of
 * @param catalogueId the copy's id in the union catalogue
 * @param isbn the edition's ISBN
 * @param formerIsbns ISBNs the edition was sold under before
 * @param receivedAt when the copy arrived
 * @param shelvedAt when it was shelved, at the branch's local time, if it was
 * @param barcode the number on the copy's barcode label
 * @param weightKg the copy's weight in kilograms
 * @param record the catalogue record's address
 * @param printed the year the copy was printed
 * @param published when the edition was published, as precisely as the colophon says: a year, a
 *     month or a day, if it says
 */
@Kind(name = "acquisition", label = "Acquisition")
public record Acquisition(
    Id id,
    Ref<Book> book,
    UUID catalogueId,
    Isbn isbn,
    List<Isbn> formerIsbns,
    Instant receivedAt,
    @Nullable OffsetDateTime shelvedAt,
    @AtLeast(0) long barcode,
    @DecimalRange(min = "0", max = "50") double weightKg,
    URI record,
    Year printed,
    @Nullable PartialDate published)
    implements Entity {
  /** The kind {@code acquisition}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Acquisition> KIND = AcquisitionDescription.KIND;
}
