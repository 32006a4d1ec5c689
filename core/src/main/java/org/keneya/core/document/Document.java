package org.keneya.core.document;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.PropertyValues;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;

/**
 * A source document that records point back to through their {@link Provenance}: a report, a
 * minutes, a web page. Core declares this kind itself so that provenance resolves in any domain.
 *
 * <pre>{@code
 * Document report = Document.builder().id(Id.of("review-2017"))
 *     .title(LocalizedText.fr("Revue annuelle 2017"))
 *     .issued(LocalDate.of(2017, 5, 31))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Document implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Document() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  @Value.Parameter
  public abstract LocalizedText title();

  /** The date the document was issued, if it says. */
  public final Optional<LocalDate> issued() {
    return Optional.ofNullable(issuedOrNull());
  }

  /** {@link #issued()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable LocalDate issuedOrNull();

  /** Who issued it, as written. */
  public final Optional<String> publisher() {
    return Optional.ofNullable(publisherOrNull());
  }

  /** {@link #publisher()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable String publisherOrNull();

  /** The file or resource name the document is kept under. */
  public final Optional<String> file() {
    return Optional.ofNullable(fileOrNull());
  }

  /** {@link #file()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable String fileOrNull();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}. */
  public static final class Builder extends ImmutableDocument.Builder {
    /** An empty builder, as {@link Document#builder()} returns. */
    public Builder() {}
  }

  /** The kind {@code document}. */
  public static final EntityKind<Document> KIND =
      EntityKind.of(
          Provenance.DOCUMENT_KIND,
          "Source document",
          StructType.positional(Provenance.DOCUMENT_KIND, Document.class, Document::create)
              .add("id", ValueType.id(), Document::id)
              .add("title", ValueType.localizedText(), Document::title)
              .addOptional("issued", ValueType.date(), Document::issuedOrNull)
              .addOptional("publisher", ValueType.string(), Document::publisherOrNull)
              .addOptional("file", ValueType.string(), Document::fileOrNull)
              .build());

  /** Builds one from its property values in the description's order. */
  private static Document create(PropertyValues v) {
    return ImmutableDocument.of(
        v.next(), v.next(), v.next(), v.next(), v.next());
  }

  @Value.Check
  void check() {
    publisher().ifPresent(p -> Checks.notBlank("Document.publisher", p));
    file().ifPresent(f -> Checks.notBlank("Document.file", f));
  }
}
