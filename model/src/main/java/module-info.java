/** The health-planning kinds, a {@code DomainModel} plug-in of Keneya's core. */
@SuppressWarnings("requires-automatic")
module org.keneya.model {
  requires transitive org.keneya.core;
  requires com.google.common;
  requires static org.jspecify;
  // Compile-time only: Immutables' annotations (an automatic module, named in its manifest) and
  // what its generated sources are annotated with.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.keneya.model;

  // Also listed in META-INF/services for class-path users.
  provides org.keneya.core.kind.DomainModel with org.keneya.model.HealthModel;
}
