package org.keneya.core.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Money;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;

class StructTypeTest {

  @Test
  void createBuildsThroughTheTypesOwnBuilderAndDefaultsAbsentOptionals() {
    Object[] values = new Object[ValueType.deadline().properties().size()];
    values[ValueType.deadline().indexOf("asWritten")] = Optional.of("dans les 6 prochains mois");
    values[ValueType.deadline().indexOf("form")] = Deadline.Form.WITHIN;
    values[ValueType.deadline().indexOf("period")] = Optional.of(Period.ofMonths(6));
    assertEquals(
        Deadline.builder().asWritten("dans les 6 prochains mois").form(Deadline.Form.WITHIN)
            .period(Period.ofMonths(6)).build(),
        ValueType.deadline().create(values));
  }

  @Test
  void createRefusesAMissingRequiredPropertyNamingIt() {
    InvalidValueException e = assertThrows(
        InvalidValueException.class, () -> ValueType.money().create(new Object[] {BigDecimal.ONE, null}));
    assertEquals("money.currency: is required", e.getMessage());
  }

  @Test
  void createStillRunsTheValuesInvariants() {
    InvalidValueException e = assertThrows(
        InvalidValueException.class,
        () -> ValueType.dateRange().create(
            new Object[] {PartialDate.parse("2024-03-02"), PartialDate.parse("2024-03-01")}));
    assertEquals("DateRange.end: 2024-03-01 is before start 2024-03-02", e.getMessage());
  }

  @Test
  void propertiesAreReadThroughTheirAccessors() {
    Money money = Money.of(1_140_657_000L, "XOF");
    assertEquals(new BigDecimal("1140657000"), ValueType.money().properties().get(0).get(money));
    assertEquals(Currency.getInstance("XOF"), ValueType.money().property("currency").orElseThrow().get(money));
  }

  @Test
  void anOptionalPropertyGivesItsValueOrNullForCodecsAndAnOptionalToEveryoneElse() {
    Property<Deadline, ?> date = ValueType.deadline().property("date").orElseThrow(); // added with addOptional
    Deadline dated = Deadline.onDate("fin mars 2024", LocalDate.of(2024, 3, 31));
    Deadline undated = Deadline.unspecified("avant juin");
    assertEquals(ValueType.optional(ValueType.date()), date.type());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), date.get(dated));
    assertEquals(LocalDate.of(2024, 3, 31), date.valueOrNull(dated));
    assertEquals(Optional.empty(), date.get(undated));
    assertNull(date.valueOrNull(undated));

    Property<Note, ?> replyTo = Note.KIND.property("replyTo").orElseThrow(); // added with add(optional(...))
    Note note = Note.of("n1", "texte", "red");
    assertNull(replyTo.valueOrNull(note));
    assertEquals(Optional.empty(), replyTo.get(note));
    Property<Note, ?> text = Note.KIND.property("text").orElseThrow();
    assertEquals("texte", text.valueOrNull(note));
  }

  @Test
  void anOptionalPropertySetsAPresentValueAndLeavesTheBuildersDefaultForAnEmptyOne() {
    // asWritten, form, date, event, eventRef, period, reference: readers give optionals as Optional or null
    Deadline d = ValueType.deadline().create(new Object[] {
        Optional.of("avant juin"), Deadline.Form.UNSPECIFIED, Optional.empty(), null, null, null, null});
    assertEquals(Deadline.unspecified("avant juin"), d);
    assertTrue(d.date().isEmpty());
    assertEquals(Optional.empty(), d.date());
  }

  @Test
  void anOptionalPropertyTakesItsValueBareAsValueOrNullGivesItOrWrapped() {
    Object[] bare = {"avant juin", Deadline.Form.UNSPECIFIED, null, null, null, null, null}; // added with addOptional
    Object[] wrapped = {Optional.of("avant juin"), Deadline.Form.UNSPECIFIED, null, null, null, null, null};
    assertEquals(Deadline.unspecified("avant juin"), ValueType.deadline().create(bare));
    assertEquals(Deadline.unspecified("avant juin"), ValueType.deadline().create(wrapped));

    Note reply = Note.of("n2", "réponse", "red").replyingTo("n1"); // replyTo added with add(optional(...))
    Object[] values = new Object[Note.KIND.properties().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Note.KIND.properties().get(i).valueOrNull(reply);
    }
    assertEquals(Ref.of("note", "n1"), values[Note.KIND.struct().indexOf("replyTo")]);
    assertEquals(reply, Note.KIND.create(values));
    values[Note.KIND.struct().indexOf("replyTo")] = Optional.of(Ref.of("note", "n1"));
    assertEquals(reply, Note.KIND.create(values));
  }

  /** A struct built positionally, in core's own terms: a name, optional tags, an optional note. */
  record Labelled(String name, ImmutableList<String> tags, @Nullable String note) {}

  private static StructType<Labelled> labelled(Function<PropertyValues, Labelled> create) {
    return StructType.positional("labelled", Labelled.class, create)
        .add("name", ValueType.string(), Labelled::name)
        .add("tags", ValueType.list(ValueType.string()), Labelled::tags)
        .addOptional("note", ValueType.string(), Labelled::note)
        .build();
  }

  private static final StructType<Labelled> LABELLED = labelled(v -> new Labelled(v.next(), v.next(), v.next()));

  @Test
  void aPositionalFactoryTakesValuesInOrderWithAnEmptyListAndNullForAbsentOnes() {
    assertEquals(new Labelled("a", ImmutableList.of(), null), LABELLED.create(new Object[] {"a", null, null}));
    assertEquals(
        new Labelled("b", ImmutableList.of("x"), "n"), LABELLED.create(new Object[] {"b", ImmutableList.of("x"), "n"}));
    assertEquals(new Labelled("c", ImmutableList.of(), "n"), LABELLED.create(new Object[] {"c", null, Optional.of("n")}),
        "an optional given as Property.get gives it");
    assertEquals(new Labelled("d", ImmutableList.of(), null), LABELLED.create(new Object[] {"d", null, Optional.empty()}));
  }

  @Test
  void aPositionalStructStillRefusesAMissingRequiredValueNamingIt() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> LABELLED.create(new Object[] {null, null, null}));
    assertEquals("labelled.name: is required", e.getMessage());
  }

  @Test
  void aPositionalFactoryThatTakesTooFewOrTooManyValuesIsADomainModelError() {
    StructType<Labelled> forgetful = labelled(v -> new Labelled(v.next(), v.next(), null));
    DomainModelException few =
        assertThrows(DomainModelException.class, () -> forgetful.create(new Object[] {"a", null, "n"}));
    assertEquals("labelled: the factory took 2 of its 3 property values", few.getMessage());
    StructType<Labelled> greedy = labelled(v -> new Labelled(v.next(), v.next(), v.next() + "" + v.next()));
    DomainModelException many =
        assertThrows(DomainModelException.class, () -> greedy.create(new Object[] {"a", null, "n"}));
    assertEquals("the factory asked for more than the 3 property values", many.getMessage());
  }

  @Test
  void aPositionalStructIsWrittenThroughItsGetters() {
    Labelled l = new Labelled("a", ImmutableList.of("x", "y"), "n");
    assertEquals(ImmutableList.of("x", "y"), LABELLED.property("tags").orElseThrow().get(l));
    assertEquals(Optional.of("n"), LABELLED.property("note").orElseThrow().get(l));
    assertEquals("n", LABELLED.property("note").orElseThrow().valueOrNull(l));
    assertNull(LABELLED.property("note").orElseThrow().valueOrNull(new Labelled("b", ImmutableList.of(), null)));
  }

  @Test
  void anOptionalOfAnOptionalIsRefusedBecauseNoFormatCouldTellItsTwoAbsences() {
    DomainModelException e = assertThrows(
        DomainModelException.class, () -> ValueType.optional(ValueType.optional(ValueType.string())));
    assertEquals("an optional of an optional cannot be written losslessly: optional<string>", e.getMessage());
  }

  @Test
  void scalarsParseAndFormatTheirCanonicalTextWhateverTheLocale() {
    assertEquals("1140657000.50", ValueType.decimal().format(new BigDecimal("1140657000.50")));
    assertEquals(new BigDecimal("0.5"), ValueType.decimal().parse("0.5"));
    assertEquals("before-event", ValueType.enumeration(Deadline.Form.class).format(Deadline.Form.BEFORE_EVENT));
    assertEquals(Deadline.Form.BEFORE_EVENT, ValueType.enumeration(Deadline.Form.class).parse("before-event"));
    assertEquals("P6M", ValueType.period().format(Period.ofMonths(6)));
    assertEquals(Ref.of("person", "ada"), ValueType.ref("person").parse("ada"));
    assertEquals(Ref.of("event", "review-2018"), ValueType.anyRef().parse("event:review-2018"));
    assertEquals("event:review-2018", ValueType.<Ref<?>>anyRef().format(Ref.of("event", "review-2018")));
  }

  @Test
  void scalarsRefuseBadTextWithATypedMessage() {
    assertEquals("decimal: not a valid decimal: \"0,5\"",
        assertThrows(InvalidValueException.class, () -> ValueType.decimal().parse("0,5")).getMessage());
    assertEquals("date: not a valid date: \"22/03/2024\"",
        assertThrows(InvalidValueException.class, () -> ValueType.date().parse("22/03/2024")).getMessage());
    assertEquals("boolean: not a valid boolean: \"yes\"",
        assertThrows(InvalidValueException.class, () -> ValueType.bool().parse("yes")).getMessage());
    assertThrows(InvalidValueException.class, () -> ValueType.enumeration(Deadline.Form.class).parse("soon"));
    assertThrows(InvalidValueException.class, () -> ValueType.currency().parse("FCFA"));
  }

  @Test
  void describeNamesNestedTypes() {
    assertEquals("list<ref<person>>", ValueType.list(ValueType.ref("person")).describe());
    assertEquals("optional<money>", ValueType.optional(ValueType.money()).describe());
  }
}
