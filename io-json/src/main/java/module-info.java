/**
 * JSON, JSON Lines and the JSON Schema of any registry, on jackson-core 3's streaming API.
 *
 * <p>Its internal package is exported to Keneya's Jackson databind module alone.
 */
// "module": the module named in the qualified export is built after this one.
@SuppressWarnings("module")
module org.keneya.io.json {
  requires transitive org.keneya.core;
  requires tools.jackson.core;
  requires com.google.common;
  requires static org.jspecify;

  exports org.keneya.io.json;
  exports org.keneya.io.json.internal to
      org.keneya.jackson;
}
