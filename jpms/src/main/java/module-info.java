/**
 * A user's own named module, as a JPMS application would write it: it reads Keneya's published
 * modules, never their internal packages. Open, so that JUnit and the test kit's {@code @Property}
 * runner reach the tests patched into it.
 */
open module org.keneya.jpms {
  // transitive: ModularUser's methods take and return their types
  requires transitive org.keneya.core;
  requires org.keneya.model;
  requires org.keneya.io.json;
  requires org.keneya.io.csv;
  requires org.keneya.io.xlsx;
  requires org.keneya.jackson;
  requires org.keneya.seeds;
  requires transitive tools.jackson.databind;
  requires org.keneya.testkit;
  requires org.keneya.model.testkit;

  exports org.keneya.jpms;
}
