package org.keneya.core.kind;

import java.util.Optional;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * A {@link Ref} to an entity. With a {@link #target()} kind the reference is written as the id
 * alone ({@code ada}); without, it may point to any kind and is written {@code kind:id}.
 *
 * @param <R> the reference type, such as {@code Ref<Person>}
 */
public final class RefType<R extends Ref<?>> extends ScalarType<R> {
  private final Optional<String> target;

  @SuppressWarnings("unchecked")
  RefType(Optional<String> target) {
    super(
        Scalar.REFERENCE,
        Ref.class,
        target.map(t -> "ref<" + t + ">").orElse("ref<*>"),
        text -> (R) target.map(t -> Ref.of(t, Id.of(text))).orElseGet(() -> Ref.parse(text)),
        ref -> target.isPresent() ? ref.id().value() : ref.toString());
    this.target = target;
  }

  /** The kind referred to; empty when any kind may be. */
  public Optional<String> target() {
    return target;
  }
}
