package org.keneya.core.kind;

import java.util.Optional;
import org.keneya.core.value.Ref;

/**
 * A kind's own validation rule, run on every entity of the kind when a dataset is validated. Rules
 * see the dataset through {@link Context} and report violations there rather than throwing, so one
 * validation run lists every problem.
 *
 * <pre>{@code
 * Rule<Note> dueAfterWritten = (note, context) -> {
 *   if (note.due().isPresent() && note.due().get().isBefore(note.written())) {
 *     context.warning("due", "due-before-written", "due " + note.due().get() + ", written " + note.written());
 *   }
 * };
 * }</pre>
 *
 * @param <E> the entity type checked
 */
@FunctionalInterface
public interface Rule<E> {
  void check(E entity, Context context);

  /** What a rule sees of the dataset being validated, and where it reports. */
  interface Context {
    /** Resolves a reference in the dataset being validated. */
    <T> Optional<T> resolve(Ref<T> ref);

    /** Reports an error at a property path of the entity ({@code ""} for the entity itself). */
    void error(String path, String code, String message);

    /** Reports a warning: the data is usable but disagrees with itself or is suspicious. */
    void warning(String path, String code, String message);
  }
}
