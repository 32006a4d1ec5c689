/**
 * The five source documents and their transcription as one validated dataset. The health kinds
 * are found at run time through core's {@code DomainModel} service ({@code org.keneya.model}
 * provides it), so this module does not read them.
 */
module org.keneya.seeds {
  requires transitive org.keneya.core;
  requires org.keneya.io.json;
  requires com.google.common;
  requires static org.jspecify;

  exports org.keneya.seeds;
}
