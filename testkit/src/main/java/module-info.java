/**
 * Generators derived from any registry, integrated shrinking and a JUnit 5 {@code @Property}
 * runner. Parameter generators of other jars are found through {@code GenProvider}.
 */
module org.keneya.testkit {
  requires transitive org.keneya.core;
  requires transitive org.junit.jupiter.api;
  requires org.junit.platform.commons;
  requires org.opentest4j;
  requires com.google.common;
  requires static org.jspecify;

  exports org.keneya.testkit;
  exports org.keneya.testkit.engine;
  exports org.keneya.testkit.gen;
  exports org.keneya.testkit.junit;

  uses org.keneya.testkit.junit.GenProvider;
  // Also listed in META-INF/services for class-path users.
  provides org.keneya.testkit.junit.GenProvider with org.keneya.testkit.KeneyaGenProvider;
}
