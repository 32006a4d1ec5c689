package org.keneya.io.json.internal;

import java.io.InputStream;
import java.io.OutputStream;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.io.json.JsonOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Jackson factories configured once per options: duplicate keys refused, numbers written in plain
 * notation, the caller's streams never closed, read limits applied (see {@link
 * #constraints(ReadLimits)}), and — in pretty mode — the same indentation and {@code \n} line ends
 * on every platform.
 */
public final class Factories {
  /** The most characters of a property name; no Keneya name comes near it. */
  static final int MAX_NAME_LENGTH = 256;

  private final JsonFactory factory;
  private final boolean pretty;
  private final ReadLimits limits;

  /** Factories writing and reading as {@code options} say. */
  public Factories(JsonOptions options) {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints(options.limits()))
        // Duplicate keys are refused by the readers themselves, for free (a property slot is
        // already filled): Jackson's detector would hash every name of every object.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // A writer that fails half way must not close the JSON it has begun: the output would look whole.
        .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .rootValueSeparator("\n") // JSON Lines: one root value a line
        .build();
    this.pretty = options.pretty();
    this.limits = options.limits();
  }

  /**
   * The part of {@code limits} Jackson applies while it tokenizes, before a value is built: the
   * nesting depth, the length of a string, and the length of a number's text, given room for the
   * sign, point and exponent that {@link ReadLimits#checkDecimal} does not count — so that the
   * reader's own check of plain digits is the one that binds, and Jackson's only stops a number too
   * long to parse cheaply. The length of a document is left unbounded: a JSON Lines stream is one
   * document, of any size, read in constant memory.
   */
  public static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxTextLength())
        .maxNumberLength(limits.maxNumberLength() + 8)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(-1)
        .build();
  }

  /** The limits the parsers apply, and readers of their values with them. */
  public ReadLimits limits() {
    return limits;
  }

  /** A generator writing UTF-8 to {@code out}. */
  public JsonGenerator generator(OutputStream out) {
    return factory.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
  }

  /** A generator writing text to {@code out}. */
  public JsonGenerator generator(java.io.Writer out) {
    return factory.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(), out);
  }

  /** A parser of {@code json}, text already decoded. */
  public JsonParser parser(String json) {
    return factory.createParser(ObjectReadContext.empty(), json);
  }

  /** A parser of {@code in}; see {@link #parser(byte[], String)}. */
  public JsonParser parser(InputStream in, String source) {
    try {
      return factory.createParser(ObjectReadContext.empty(), ReadFailures.marking(in));
    } catch (JacksonException e) {
      throw unreadable(source, e);
    }
  }

  /**
   * A parser of {@code bytes}. Jackson reads the first bytes to detect their encoding as it creates
   * the parser, and may refuse them there (a UCS-4 byte order it does not support): that is a
   * {@link MalformedInputException} naming {@code source}, as any refusal of the input.
   */
  public JsonParser parser(byte[] bytes, String source) {
    try {
      return factory.createParser(ObjectReadContext.empty(), bytes);
    } catch (JacksonException e) {
      throw unreadable(source, e);
    }
  }

  private static MalformedInputException unreadable(String source, JacksonException e) {
    ReadFailures.throwIfUnreadable(e);
    return new MalformedInputException(Place.of(source, "/", 1, 0), ValueReader.reason(e), e);
  }

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
  };
}
