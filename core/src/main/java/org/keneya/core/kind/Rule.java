package org.keneya.core.kind;

import java.util.List;
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
  /** Checks {@code entity}, reporting what is wrong through {@code context}. */
  void check(E entity, Context context);

  /**
   * The codes of the violations the rule reports, for schemas and documentation: a rule stays Java
   * code, which no schema can state, so the schemas list it by code and description instead. Empty
   * for a rule not {@linkplain #named named}.
   */
  default List<String> codes() {
    return List.of();
  }

  /** What the rule checks, in one sentence; empty for a rule not {@linkplain #named named}. */
  default String description() {
    return "";
  }

  /**
   * {@code check} with the codes of the violations it reports and a sentence saying what it checks,
   * which the schemas list:
   *
   * <pre>{@code
   * Rule.named("a note is not due before it is written", Notes::checkDue, "due-before-written")
   * }</pre>
   */
  static <E> Rule<E> named(String description, Rule<E> check, String... codes) {
    List<String> fixed = List.of(codes);
    return new Rule<>() {
      @Override
      public void check(E entity, Context context) {
        check.check(entity, context);
      }

      @Override
      public List<String> codes() {
        return fixed;
      }

      @Override
      public String description() {
        return description;
      }
    };
  }

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
