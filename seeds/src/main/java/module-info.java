/**
 * The five source documents and their transcription as one validated dataset, in a registry of the
 * health model ({@code org.keneya.model}) alone, named rather than found on the class path.
 */
module org.keneya.seeds {
  requires transitive org.keneya.core;
  requires org.keneya.model;
  requires org.keneya.io.json;
  requires com.google.common;
  requires static org.jspecify;

  exports org.keneya.seeds;
}
