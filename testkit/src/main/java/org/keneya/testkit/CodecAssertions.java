package org.keneya.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Property;
import org.opentest4j.AssertionFailedError;

/**
 * Asserts that a codec is lossless on a dataset: decoding what it encoded gives an equal dataset,
 * and encoding that again gives the same bytes. On failure the message names the first difference
 * by kind, entity and property, with both values.
 *
 * <pre>{@code
 * @Property(tries = 1000)
 * void jsonIsLossless(Dataset d) {
 *   CodecAssertions.assertLossless(d, codec::encode, codec::decode);
 * }
 * }</pre>
 */
public final class CodecAssertions {
  private CodecAssertions() {}

  /** Encodes a dataset. */
  @FunctionalInterface
  public interface Encoder {
    byte[] encode(Dataset dataset) throws Exception;
  }

  /** Decodes a dataset. */
  @FunctionalInterface
  public interface Decoder {
    Dataset decode(byte[] bytes) throws Exception;
  }

  /** Fails unless {@code decode(encode(d))} equals {@code d} and re-encoding gives the same bytes. */
  public static void assertLossless(Dataset dataset, Encoder encoder, Decoder decoder) {
    byte[] bytes = call(() -> encoder.encode(dataset), "encoding");
    Dataset decoded = call(() -> decoder.decode(bytes), "decoding what was encoded");
    firstDifference(dataset, decoded).ifPresent(difference -> {
      throw new AssertionFailedError("codec is not lossless: " + difference, dataset, decoded);
    });
    byte[] again = call(() -> encoder.encode(decoded), "re-encoding");
    if (!Arrays.equals(bytes, again)) {
      int at = Arrays.mismatch(bytes, again);
      throw new AssertionFailedError(
          "re-encoding the decoded dataset changed the bytes at offset " + at + " (of " + bytes.length + " and "
              + again.length + " bytes)");
    }
  }

  /**
   * The first difference between two datasets, as {@code kind: entity: property: expected <a> but
   * was <b>}, or empty if they are equal.
   */
  public static Optional<String> firstDifference(Dataset expected, Dataset actual) {
    ImmutableList<EntityKind<?>> expectedKinds = expected.kinds();
    ImmutableList<EntityKind<?>> actualKinds = actual.kinds();
    if (!names(expectedKinds).equals(names(actualKinds))) {
      return Optional.of("kinds differ: expected " + names(expectedKinds) + " but was " + names(actualKinds));
    }
    for (EntityKind<?> kind : expectedKinds) {
      Optional<String> difference = firstDifference(kind, expected, actual);
      if (difference.isPresent()) {
        return difference;
      }
    }
    return expected.equals(actual) ? Optional.empty() : Optional.of("datasets differ but no entity does");
  }

  private static <E extends Entity> Optional<String> firstDifference(EntityKind<E> kind, Dataset expected, Dataset actual) {
    ImmutableList<E> a = expected.entities(kind);
    ImmutableList<E> b = actual.entities(kind);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      E x = a.get(i);
      E y = b.get(i);
      if (!x.id().equals(y.id())) {
        return Optional.of(kind.name() + " #" + (i + 1) + ": expected id " + x.id() + " but was " + y.id());
      }
      for (Property<E, ?> property : kind.properties()) {
        Object ex = property.get(x);
        Object ac = property.get(y);
        if (!Objects.equals(ex, ac)) {
          return Optional.of(kind.name() + ":" + x.id() + " " + property.name() + ": expected <" + ex + "> but was <" + ac + ">");
        }
      }
      if (!x.equals(y)) {
        return Optional.of(kind.name() + ":" + x.id() + ": entities differ outside their described properties");
      }
    }
    if (a.size() != b.size()) {
      return Optional.of(kind.name() + ": expected " + a.size() + " entities but was " + b.size());
    }
    return Optional.empty();
  }

  private static ImmutableList<String> names(ImmutableList<EntityKind<?>> kinds) {
    return kinds.stream().map(EntityKind::name).collect(ImmutableList.toImmutableList());
  }

  private interface Step<T> {
    T run() throws Exception;
  }

  private static <T> T call(Step<T> step, String what) {
    try {
      return step.run();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionFailedError(what + " failed: " + e, e);
    }
  }
}
