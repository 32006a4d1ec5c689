/** The Jackson 3 databind module: {@code JsonMapper.builder().findAndAddModules()} finds it. */
module org.keneya.jackson {
  requires transitive org.keneya.core;
  requires transitive org.keneya.io.json;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports org.keneya.jackson;

  // Also listed in META-INF/services for class-path users.
  provides tools.jackson.databind.JacksonModule with org.keneya.jackson.KeneyaJacksonModule;
}
