package org.keneya.core.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;

/**
 * Constraints declared with a property are checked by every value built through the description
 * and reported by the validator for a value built otherwise; a constraint that cannot apply is
 * refused when the description is built.
 */
class ConstraintTest {
  /** A user's record that checks nothing itself: only the declared constraints guard it. */
  record Survey(Id id, int rounds, @Nullable String lead, List<String> tags, @Nullable String mode, @Nullable Money cost)
      implements Entity {}

  private static final StructType<Survey> SURVEY = StructType.positional("survey", Survey.class,
          v -> new Survey(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()))
      .add("id", ValueType.id(), Survey::id)
      .add("rounds", ValueType.integer(), Survey::rounds, Constraint.between(1, 12))
      .addOptional("lead", ValueType.string(), Survey::lead, Constraint.nonBlank(), Constraint.requiredWhen("mode", "led"))
      .add("tags", ValueType.list(ValueType.string()), Survey::tags, Constraint.pattern("[a-z]+(-[a-z]+)*"),
          Constraint.uniqueItems(), Constraint.size(0, 3))
      .addOptional("mode", ValueType.string(), Survey::mode)
      .addOptional("cost", ValueType.money(), Survey::cost, Constraint.atLeast(0))
      .build();

  @Test
  void aSizeWithoutUpperBoundDeclaresNoneAndEqualsNotEmptyFromOne() {
    Constraint open = Constraint.size(1, Integer.MAX_VALUE);
    assertTrue(open.max().isEmpty(), open::describe);
    assertEquals(Constraint.notEmpty(), open);
    assertEquals(Optional.of(BigDecimal.valueOf(3)), Constraint.size(0, 3).max());
  }

  private static Survey create(Object... values) {
    return SURVEY.create(values);
  }

  @Test
  void aValueWithinItsConstraintsIsBuilt() {
    Survey s = create(Id.of("s1"), 3, "DNS", List.of("a", "b-c"), "led", Money.of(0, "XOF"));
    assertEquals(3, s.rounds());
  }

  @Test
  void eachBrokenConstraintIsRefusedNamingTheProperty() {
    assertRefused("Survey.rounds: must be 1 to 12, was 0", Id.of("s1"), 0, null, List.of(), null, null);
    assertRefused("Survey.rounds: must be 1 to 12, was 13", Id.of("s1"), 13, null, List.of(), null, null);
    assertRefused("Survey.lead: must not be blank", Id.of("s1"), 1, " \t", List.of(), null, null);
    assertRefused("Survey.lead: is required when mode is led", Id.of("s1"), 1, null, List.of(), "led", null);
    assertRefused("Survey.tags[1]: must match [a-z]+(-[a-z]+)*, was \"B\"", Id.of("s1"), 1, null, List.of("a", "B"), null, null);
    assertRefused("Survey.tags: lists a twice; must be without duplicates", Id.of("s1"), 1, null, List.of("a", "a"), null, null);
    assertRefused("Survey.tags: has 4 items; must have 0 to 3 items", Id.of("s1"), 1, null, List.of("a", "b", "c", "d"), null, null);
    assertRefused("Survey.cost: must be 0 or more, was -1", Id.of("s1"), 1, null, List.of(), null, Money.of(-1, "XOF"));
  }

  private static void assertRefused(String message, @Nullable Object... values) {
    assertEquals(message, assertThrows(InvalidValueException.class, () -> SURVEY.create(values)).getMessage());
  }

  @Test
  void theValidatorReportsWhatAValueBuiltOtherwiseBreaks() {
    EntityKind<Survey> kind = EntityKind.of("survey", "Survey", SURVEY);
    Survey bad = new Survey(Id.of("s1"), 0, null, List.of("x", "x"), "led", null);
    List<String> found = new ArrayList<>();
    SURVEY.forEachViolation(bad, (path, e) -> found.add(path + ": " + e.reason()));
    assertEquals(List.of("rounds: must be 1 to 12, was 0", "lead: is required when mode is led",
        "tags: lists x twice; must be without duplicates"), found);
    KindRegistry registry = KindRegistry.of(new DomainModel() {
      @Override
      public String name() {
        return "surveys";
      }

      @Override
      public List<EntityKind<?>> kinds() {
        return List.of(kind);
      }

      @Override
      public List<Codelist> codelists() {
        return List.of();
      }
    });
    List<Violation> violations = Dataset.of(registry, List.of(bad)).validate().violations();
    assertEquals(3, violations.stream().filter(v -> v.code().equals(Violation.CONSTRAINT)).count(), violations::toString);
  }

  @Test
  void nestedValuesAreCheckedToo() {
    StructType<Deadline> deadline = ValueType.deadline();
    // the core struct declares "date: required when form is date": refused before Deadline's own check
    Object[] values = new Object[deadline.properties().size()];
    values[deadline.indexOf("form")] = Deadline.Form.DATE;
    assertEquals("Deadline.date: is required when form is date",
        assertThrows(InvalidValueException.class, () -> deadline.create(values)).getMessage());
  }

  @Test
  void aConstraintThatCannotApplyIsRefusedWhenDescribed() {
    assertThrows(DomainModelException.class, () -> StructType.positional("x", Object.class, v -> v.next())
        .add("name", ValueType.string(), o -> "", Constraint.atLeast(1)));
    assertThrows(DomainModelException.class, () -> StructType.positional("x", Object.class, v -> v.next())
        .add("n", ValueType.integer(), o -> 1, Constraint.nonBlank()));
    assertThrows(DomainModelException.class, () -> StructType.positional("x", Object.class, v -> v.next())
        .add("n", ValueType.string(), o -> "", Constraint.uniqueItems()));
    assertThrows(DomainModelException.class, () -> StructType.positional("x", Object.class, v -> v.next())
        .add("n", ValueType.string(), o -> "", Constraint.requiredWhen("m", "a")));
    assertThrows(DomainModelException.class, () -> StructType.positional("x", Object.class, v -> v.next())
        .addOptional("n", ValueType.string(), o -> "", Constraint.requiredWhen("missing", "a")).build());
  }

  @Test
  void aPatternOtherSchemasWouldReadDifferentlyIsRefused() {
    for (String regex : List.of("^a$", "(?:a)", "\\d+", "a\\b", "(?i)a")) {
      assertThrows(IllegalArgumentException.class, () -> Constraint.pattern(regex), regex);
    }
    assertEquals("[A-Z]{3}", Constraint.pattern("[A-Z]{3}").regex().orElseThrow());
    assertEquals("[^@\\s]+@[^@\\s]+", Constraint.pattern("[^@\\s]+@[^@\\s]+").regex().orElseThrow(), "a negated class is no anchor");
    assertEquals("a\\$", Constraint.pattern("a\\$").regex().orElseThrow(), "an escaped dollar is a character");
  }

  @Test
  void nonBlankAppliesToEveryTextOfALocalizedText() {
    Constraint.nonBlank().check("X.title", LocalizedText.fr("Titre"));
    assertEquals(BigDecimal.ONE, Constraint.notEmpty().min().orElseThrow());
  }
}
