package org.keneya.io.json.internal;

import java.io.InputStream;
import java.io.OutputStream;
import org.keneya.io.json.JsonOptions;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Jackson factories configured once per options: duplicate keys refused, numbers written in plain
 * notation, the caller's streams never closed, read limits applied, and — in pretty mode — the
 * same indentation and {@code \n} line ends on every platform.
 */
public final class Factories {
  private final JsonFactory factory;
  private final boolean pretty;

  public Factories(JsonOptions options) {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(options.limits())
        // Duplicate keys are refused by the readers themselves, for free (a property slot is
        // already filled): Jackson's detector would hash every name of every object.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .rootValueSeparator("\n") // JSON Lines: one root value a line
        .build();
    this.pretty = options.pretty();
  }

  public JsonGenerator generator(OutputStream out) {
    return factory.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
  }

  public JsonGenerator generator(java.io.Writer out) {
    return factory.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), out);
  }

  public JsonParser parser(String json) {
    return factory.createParser(ObjectReadContext.empty(), json);
  }

  public JsonParser parser(InputStream in) {
    return factory.createParser(ObjectReadContext.empty(), in);
  }

  public JsonParser parser(byte[] bytes) {
    return factory.createParser(ObjectReadContext.empty(), bytes);
  }

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
  };
}
