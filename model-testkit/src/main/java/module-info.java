/** The health model's hand-tuned generators, and {@code @Property} parameters of health types. */
module org.keneya.model.testkit {
  requires transitive org.keneya.model;
  requires transitive org.keneya.testkit;
  requires com.google.common;
  requires static org.jspecify;

  exports org.keneya.model.testkit;

  // Also listed in META-INF/services for class-path users.
  provides org.keneya.testkit.junit.GenProvider with org.keneya.model.testkit.HealthGenProvider;
}
