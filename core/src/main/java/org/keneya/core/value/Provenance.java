package org.keneya.core.value;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.validation.Checks;

/**
 * Where a record comes from: the id of a source document (an entity of kind {@code document}) and
 * the passage in it — a heading, a table row, a short quotation.
 *
 * <pre>{@code
 * Provenance.of("review-2017", "Tableau 3, ligne 2");
 * }</pre>
 */
@Value.Immutable
public abstract class Provenance {
  /**
   * The description of a provenance the codecs and the validator walk
   * ({@link ValueType#provenance()}); it reads the optional properties' stored
   * form, package-private, without allocating an {@code Optional}.
   */
  public static final StructType<Provenance> TYPE =
      StructType.positional(
              "provenance",
              Provenance.class,
              v -> Provenance.of(v.<Ref<?>>next(), Optional.ofNullable(v.<String>next())))
          .add("document", ValueType.<Ref<?>>ref(Provenance.DOCUMENT_KIND), Provenance::document)
          .addOptional("passage", ValueType.string(), Provenance::passageOrNull, Constraint.nonBlank())
          .build();

  /** Only the implementation Immutables generates, in this package, extends it. */
  Provenance() {}

  /** The kind name of the documents that provenance refers to. */
  public static final String DOCUMENT_KIND = "document";

  /** The source document, an entity of kind {@value #DOCUMENT_KIND}. */
  @Value.Parameter
  public abstract Ref<?> document();

  public final Optional<String> passage() {
    return Optional.ofNullable(passageOrNull());
  }

  /** {@link #passage()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable String passageOrNull();

  public static Provenance of(Ref<?> document, Optional<String> passage) {
    return ImmutableProvenance.of(document, passage.orElse(null));
  }

  public static Provenance of(String document, String passage) {
    return of(Ref.of(DOCUMENT_KIND, document), Optional.of(passage));
  }

  public static Provenance of(String document) {
    return of(Ref.of(DOCUMENT_KIND, document), Optional.empty());
  }

  @Value.Check
  void check() {
    Checks.check(
        document().kind().equals(DOCUMENT_KIND),
        "Provenance.document",
        "must refer to a %s, was %s",
        DOCUMENT_KIND,
        document());
    passage().ifPresent(p -> Checks.notBlank("Provenance.passage", p));
  }
}
