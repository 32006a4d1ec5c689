package org.keneya.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.Rule;
import org.keneya.core.validation.Severity;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * Validates a dataset in one pass, in dataset order: duplicate ids, then for each entity its
 * references and codes (every scalar {@link ValueWalker} reaches), then its kind's
 * rules. Cost is linear in the size of the data.
 */
final class Validator {
  static final String DUPLICATE_ID = "duplicate-id";
  static final String DANGLING_REFERENCE = "dangling-reference";
  static final String UNKNOWN_CODE = "unknown-code";

  private final Dataset dataset;
  private final List<Violation> violations = new ArrayList<>();

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
    for (E entity : dataset.entities(kind)) {
      Ref<E> ref = kind.ref(entity);
      if (entity.id().equals(previous)) { // entities are in id order: a duplicate follows its twin
        report(Severity.ERROR, DUPLICATE_ID, ref, "", "id " + entity.id() + " is used by more than one " + kind.name());
      }
      previous = entity.id();
      ValueWalker.walk(kind, entity, (path, type, value) -> {
        if (type instanceof RefType) {
          checkReference(ref, path, (Ref<?>) value);
        } else if (type instanceof CodeType) {
          checkCode(ref, path, ((CodeType) type).codelist(), (Code) value);
        }
      });
      for (Rule<? super E> rule : kind.rules()) {
        runRule(rule, entity, ref);
      }
    }
  }

  private void checkReference(Ref<?> entity, ValueWalker.Path path, Ref<?> target) {
    if (!dataset.contains(target)) {
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
          "\"" + code + "\" is not in codelist " + codelistName + " " + codelist.get().codes());
    }
  }

  private <E> void runRule(Rule<? super E> rule, E entity, Ref<?> ref) {
    rule.check(entity, new Rule.Context() {
      @Override
      public <T> Optional<T> resolve(Ref<T> target) {
        return dataset.get(target);
      }

      @Override
      public void error(String path, String code, String message) {
        report(Severity.ERROR, code, ref, path, message);
      }

      @Override
      public void warning(String path, String code, String message) {
        report(Severity.WARNING, code, ref, path, message);
      }
    });
  }

  private void report(Severity severity, String code, Ref<?> entity, String path, String message) {
    violations.add(Violation.of(severity, code, entity, path, message));
  }
}
