/**
 * Keneya's core: domain-agnostic values, the plug-in SPI describing entity kinds ({@code
 * DomainModel}, found with {@link java.util.ServiceLoader}), datasets and validation.
 *
 * <p>Its internal packages, shared by Keneya's own codecs (codec support; the table layout of a
 * kind, which the tabular codecs write and read), are exported to them alone.
 */
// "module": the modules named in the qualified export are built after this one.
@SuppressWarnings({"module", "requires-automatic"})
module org.keneya.core {
  // Guava's immutable collections are in the API (ImmutableList, ImmutableMap…).
  requires transitive com.google.common;
  // JSpecify's @Nullable is in the API: readers of it at compile time see it; not needed to run.
  requires static transitive org.jspecify;
  // Compile-time only: Immutables' annotations (an automatic module, named in its manifest; not
  // transitive, or every module compiling against this one would need Immutables), and what its
  // generated sources are annotated with (javax.annotation.processing.Generated, Error Prone's
  // CanIgnoreReturnValue and Var).
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.keneya.core;
  exports org.keneya.core.annotation;
  exports org.keneya.core.codec;
  exports org.keneya.core.data;
  exports org.keneya.core.document;
  exports org.keneya.core.error;
  exports org.keneya.core.followup;
  exports org.keneya.core.kind;
  exports org.keneya.core.validation;
  exports org.keneya.core.value;
  exports org.keneya.core.internal.codec to
      org.keneya.io.json,
      org.keneya.io.csv,
      org.keneya.io.xlsx;
  exports org.keneya.core.internal.table to
      org.keneya.io.csv,
      org.keneya.io.xlsx;

  uses org.keneya.core.kind.DomainModel;
  // The core kinds (document): also listed in META-INF/services for class-path users.
  provides org.keneya.core.kind.DomainModel with org.keneya.core.document.CoreDomainModel;
}
