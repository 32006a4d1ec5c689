package org.keneya.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;

/**
 * The JSON in list cells, with a small domain of its own (no health kind): the exact text written,
 * and strict reading whose errors name the cell and the pointer inside it.
 */
class JsonCellsTest {
  record Step(String name, BigDecimal share, @Nullable Integer count, boolean done, LocalizedText label, List<String> notes) {}

  private static final StructType<Step> STEP = StructType.positional("step", Step.class,
          v -> new Step(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()))
      .add("name", ValueType.string(), Step::name)
      .add("share", ValueType.decimal(), Step::share)
      .addOptional("count", ValueType.integer(), Step::count)
      .add("done", ValueType.bool(), Step::done)
      .add("label", ValueType.localizedText(), Step::label)
      .add("notes", ValueType.list(ValueType.string()), Step::notes)
      .build();
  private static final ListType<Step> STEPS = ValueType.list(STEP);
  private static final String SOURCE = "plan.csv, row 3, column steps";

  private static final Step FIRST = new Step("a \"quoted\"\nname", new BigDecimal("1E+3"), null, true,
      LocalizedText.of("fr", "étape", "en", "step"), List.of());
  private static final Step SECOND = new Step("b", new BigDecimal("0.50"), 7, false, LocalizedText.fr("b"), List.of("x", "y"));

  @Test
  void aListOfNestedValuesIsWrittenCompactInDeclaredOrderWithAbsentAndEmptyPropertiesLeftOut() {
    String cell = JsonCells.write(STEPS, List.of(FIRST, SECOND));
    assertEquals("[{\"name\":\"a \\\"quoted\\\"\\nname\",\"share\":1000,\"done\":true,\"label\":{\"en\":\"step\",\"fr\":\"étape\"}},"
        + "{\"name\":\"b\",\"share\":0.50,\"count\":7,\"done\":false,\"label\":{\"fr\":\"b\"},\"notes\":[\"x\",\"y\"]}]", cell);
    assertEquals(List.of(new Step(FIRST.name(), new BigDecimal("1000"), null, true, FIRST.label(), List.of()), SECOND),
        JsonCells.read(STEPS, cell, SOURCE, ReadLimits.defaults()));
  }

  @Test
  void badJsonIsRefusedNamingTheCellAndThePointerInsideIt() {
    MalformedInputException unknown = refused("[{\"name\":\"b\",\"share\":1,\"done\":true,\"label\":{\"fr\":\"b\"},\"colour\":1}]");
    assertTrue(unknown.getMessage().startsWith(SOURCE), unknown::getMessage);
    assertEquals("/0/colour", unknown.place().path().orElseThrow());
    assertTrue(unknown.reason().startsWith("unknown property \"colour\" in step"), unknown::reason);

    MalformedInputException wrong = refused("[{\"name\":\"b\",\"share\":\"1\",\"done\":true,\"label\":{\"fr\":\"b\"}}]");
    assertEquals("/0/share", wrong.place().path().orElseThrow());
    assertEquals("expected a number, found a string", wrong.reason());

    assertEquals("missing required property \"done\" in step", refused("[{\"name\":\"b\",\"share\":1,\"label\":{\"fr\":\"b\"}}]").reason());
    assertTrue(refused("[{\"name\":null}]").reason().startsWith("null is not allowed"));
    assertEquals("duplicate property \"name\"", refused("[{\"name\":\"a\",\"name\":\"b\"}]").reason());
    assertEquals("trailing content after the value: an array", refused("[] []").reason());
    assertEquals("empty JSON value", refused(" ").reason());
    assertTrue(refused("[{\"name\":\"a\"").reason().contains("Unexpected end-of-input"));
  }

  @Test
  void theReadLimitsApplyToTheJsonInACell() {
    ReadLimits small = ReadLimits.builder().maxNestingDepth(3).maxListLength(2).maxTextLength(5).maxNumberLength(4).build();
    ListType<List<List<String>>> deep = ValueType.list(ValueType.list(ValueType.list(ValueType.string())));
    assertTrue(refused(deep, "[[[[\"a\"]]]]", small).reason().contains("the limit maxNestingDepth"));
    assertEquals("a list of more than 2 elements, the limit maxListLength",
        refused(ValueType.list(ValueType.string()), "[\"a\",\"b\",\"c\"]", small).reason());
    assertTrue(refused(ValueType.list(ValueType.string()), "[\"abcdef\"]", small).reason().contains("the limit maxTextLength"));
    assertTrue(refused(ValueType.list(ValueType.decimal()), "[123456]", small).reason().contains("the limit maxNumberLength"));
  }

  private static MalformedInputException refused(String cell) {
    return refused(STEPS, cell, ReadLimits.defaults());
  }

  private static MalformedInputException refused(ValueType<?> type, String cell, ReadLimits limits) {
    return assertThrows(MalformedInputException.class, () -> JsonCells.read(type, cell, SOURCE, limits));
  }
}
