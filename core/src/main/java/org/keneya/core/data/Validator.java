package org.keneya.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.internal.codec.ScalarText;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.ValueType;
import org.keneya.core.validation.Severity;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * Validates a dataset in one pass, in dataset order: duplicate ids, then for each entity its
 * references and codes (every one {@link ValueWalker} reaches) and that its defined scalars'
 * values can be written, then its kind's rules. Cost is linear in the size of the data.
 */
final class Validator {
  static final String DUPLICATE_ID = "duplicate-id";
  static final String DANGLING_REFERENCE = Violation.DANGLING_REFERENCE;
  static final String UNKNOWN_CODE = "unknown-code";
  static final String UNWRITABLE_VALUE = "unwritable-value";

  private final Dataset dataset;
  private final List<Violation> violations = new ArrayList<>();
  // References found in the dataset, by hash: most point to a few entities (the authors, places
  // or groups many entities share), which are found here without a probe into the dataset's
  // index, a cache miss per reference once the dataset outgrows the processor's caches.
  private final @Nullable Ref<?>[] found = new Ref<?>[1024];

  Validator(Dataset dataset) {
    this.dataset = dataset;
  }

  ValidationReport run() {
    for (EntityKind<?> kind : dataset.kinds()) {
      checkKind(kind);
    }
    return ValidationReport.of(violations);
  }

  private <E extends Entity> void checkKind(EntityKind<E> kind) {
    @Nullable Id previous = null;
    ReferenceAndCodeChecks checks = new ReferenceAndCodeChecks();
    ValueWalker walker = new ValueWalker(checks); // one for every entity of the kind
    RuleContext context = new RuleContext();
    List<E> entities = dataset.entities(kind);
    for (int i = 0; i < entities.size(); i++) {
      E entity = entities.get(i);
      Ref<E> ref = kind.ref(entity);
      if (entity.id().equals(previous)) { // entities are in id order: a duplicate follows its twin
        report(Severity.ERROR, DUPLICATE_ID, ref, "", "id " + entity.id() + " is used by more than one " + kind.name());
      }
      previous = entity.id();
      checks.entity = ref;
      walker.walk(kind, entity);
      kind.struct().forEachViolation(entity, (path, e) -> report(Severity.ERROR, Violation.CONSTRAINT, ref, path, e.reason()));
      context.entity = ref;
      List<? extends Rule<? super E>> rules = kind.rules();
      for (int r = 0; r < rules.size(); r++) {
        rules.get(r).check(entity, context);
      }
    }
  }

  /** The references and codes of one entity after another: one visitor, not one per entity. */
  private final class ReferenceAndCodeChecks implements ValueWalker.Visitor {
    private @Nullable Ref<?> entity;

    @SuppressWarnings("unchecked") // a defined scalar's values are of its type
    @Override
    public void visit(ValueWalker.Path path, ValueType<?> type, Object value) {
      if (type instanceof RefType) {
        checkReference(entity, path, (Ref<?>) value);
      } else if (type instanceof CodeType) {
        checkCode(entity, path, ((CodeType) type).codelist(), (Code) value);
      } else {
        checkWritable(entity, path, (ScalarType<Object>) type, value);
      }
    }
  }

  /**
   * A defined scalar's value must read back equal from the text it is written as: a {@code double}
   * NaN, a date-time past year 9999 or a user's value its own format cannot spell would otherwise be
   * written and then refused, or read back as another value.
   */
  private void checkWritable(Ref<?> entity, ValueWalker.Path path, ScalarType<Object> type, Object value) {
    String text;
    try {
      text = ScalarText.definedText(type, value);
    } catch (InvalidValueException e) {
      report(Severity.ERROR, UNWRITABLE_VALUE, entity, path.toString(), e.getMessage());
      return;
    } catch (RuntimeException e) {
      report(Severity.ERROR, UNWRITABLE_VALUE, entity, path.toString(),
          "a " + type.describe() + " its format cannot write: " + e);
      return;
    }
    try {
      Object back = type.parse(text);
      if (!back.equals(value)) {
        report(Severity.ERROR, UNWRITABLE_VALUE, entity, path.toString(), "a " + type.describe() + " written "
            + Excerpt.quote(text) + " reads back as another value, " + Excerpt.quote(String.valueOf(back)));
      }
    } catch (InvalidValueException e) {
      report(Severity.ERROR, UNWRITABLE_VALUE, entity, path.toString(), "a " + type.describe() + " written "
          + Excerpt.quote(text) + " cannot be read back: " + e.reason());
    }
  }

  private void checkReference(Ref<?> entity, ValueWalker.Path path, Ref<?> target) {
    int slot = target.hashCode() & (found.length - 1);
    Ref<?> seen = found[slot];
    if (seen != null && seen.equals(target)) {
      return;
    }
    if (dataset.contains(target)) {
      found[slot] = target;
    } else {
      report(Severity.ERROR, DANGLING_REFERENCE, entity, path.toString(), target + " is not in the dataset");
    }
  }

  private void checkCode(Ref<?> entity, ValueWalker.Path path, String codelistName, Code code) {
    Optional<Codelist> codelist = dataset.registry().codelist(codelistName);
    if (codelist.isPresent() && !codelist.get().contains(code)) {
      report(
          Severity.ERROR,
          UNKNOWN_CODE,
          entity,
          path.toString(),
          Excerpt.quote(code.toString()) + " is not in codelist " + codelistName + " " + codelist.get().codes());
    }
  }

  /** What rules see of the dataset and report through, for one entity after another. */
  private final class RuleContext implements Rule.Context {
    private @Nullable Ref<?> entity;

    @Override
    public <T> Optional<T> resolve(Ref<T> target) {
      return dataset.get(target);
    }

    @Override
    public void error(String path, String code, String message) {
      report(Severity.ERROR, code, entity, path, message);
    }

    @Override
    public void warning(String path, String code, String message) {
      report(Severity.WARNING, code, entity, path, message);
    }
  }

  private void report(Severity severity, String code, Ref<?> entity, String path, String message) {
    violations.add(Violation.of(severity, code, entity, path, message));
  }
}
