package org.keneya.testdomain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.data.DatasetDiff;
import org.keneya.core.data.DatasetDiff.EntityChange;
import org.keneya.core.data.DatasetDiff.PropertyChange;
import org.keneya.core.error.DiffMismatchException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/** {@code Dataset.diff} and {@code Dataset.apply} on the weather stations: what is reported where, and the patch's checks. */
class DatasetDiffTest {
  private static final KindRegistry REGISTRY = Observatory.registry();

  private static final Operator AGENCY = Operator.of("o1", "agency", "Agence");
  private static final Operator UNIVERSITY = Operator.of("o2", "university", "Université");
  private static final Station KATI = station("s1", "Kati", null, List.of(), List.of());
  private static final Inspection CHECK = Inspection.of("i1", "s1", "o1", LocalDate.of(2024, 3, 1));

  private static Station station(String id, String name, Money budget, List<Sensor> sensors, List<Provenance> provenance) {
    return new Station(Id.of(id), LocalizedText.fr(name), Ref.of("operator", "o1"), List.of(), Station.Status.ACTIVE,
        false, null, null, null, budget, sensors, List.of(), provenance);
  }

  private static Dataset dataset(Object... entities) {
    return Dataset.of(REGISTRY, java.util.Arrays.stream(entities).map(e -> (org.keneya.core.kind.Entity) e).toList());
  }

  @Test
  void aDatasetHasNoDifferenceFromItself() {
    Dataset d = dataset(AGENCY, UNIVERSITY, KATI, CHECK);
    DatasetDiff diff = d.diff(d);
    assertTrue(diff.isEmpty());
    assertEquals("no differences\n", diff.toText());
    assertEquals(d, d.apply(diff));
  }

  @Test
  void entitiesAddedAndRemovedComeByKindInRegistryOrderThenById() {
    Station s10 = station("s10", "Ségou", null, List.of(), List.of());
    Station s2 = station("s2", "Bamako", null, List.of(), List.of());
    Dataset before = dataset(CHECK, KATI, AGENCY, UNIVERSITY);
    Dataset after = dataset(s10, AGENCY, s2, KATI);
    DatasetDiff diff = before.diff(after);
    assertEquals(List.of("- operator:o2", "+ station:s2", "+ station:s10", "- inspection:i1"),
        diff.entities().stream().map(EntityChange::toString).toList());
    assertEquals(List.of(s2, s10), diff.added().stream().map(e -> e.after().orElseThrow()).toList());
    assertEquals(List.of(UNIVERSITY, CHECK), diff.removed().stream().map(e -> e.before().orElseThrow()).toList());
    assertEquals("2 added, 2 removed, 0 changed", diff.summary());
    assertEquals(after, before.apply(diff));
  }

  @Test
  void aChangeIsReportedPropertyByPropertyAtItsPathThroughNestedValues() {
    Sensor ws1 = new Sensor("WS-1", null, Period.ofMonths(6));
    Sensor rain = new Sensor("R-2", LocalDate.of(2020, 1, 1), Period.ofYears(1));
    Station before = station("s1", "Kati", Money.of(1_000, "XOF"), List.of(ws1, rain), List.of());
    Station after = new Station(Id.of("s1"), LocalizedText.of("fr", "Kita", "en", "Kita"), Ref.of("operator", "o2"),
        List.of(), Station.Status.ACTIVE, false, 320, null, null, Money.of(1_500, "XOF"),
        List.of(ws1, new Sensor("R-3", LocalDate.of(2020, 1, 1), Period.ofYears(1))), List.of(), List.of());
    DatasetDiff diff = dataset(AGENCY, UNIVERSITY, before).diff(dataset(AGENCY, UNIVERSITY, after));

    assertEquals(1, diff.changed().size());
    EntityChange change = diff.changed().get(0);
    assertEquals(Ref.of("station", "s1"), change.ref());
    assertEquals(EntityChange.Type.CHANGED, change.type());
    assertEquals(List.of("name", "operator", "elevation", "budget.amount", "sensors[1].model"),
        change.properties().stream().map(PropertyChange::path).toList());
    PropertyChange elevation = change.properties().get(2);
    assertEquals(Optional.empty(), elevation.before()); // an absent optional value
    assertEquals(Optional.of(320), elevation.after());
    assertEquals(ValueType.integer(), elevation.valueType());
    PropertyChange amount = change.properties().get(3);
    assertEquals(List.of("budget", "amount"), amount.segments());
    assertEquals(Optional.of(new BigDecimal("1000")), amount.before());
    assertEquals(List.of("sensors", 1, "model"), change.properties().get(4).segments());
    assertEquals(String.join("\n",
        "~ station:s1",
        "    name: {fr: \"Kati\"} -> {en: \"Kita\", fr: \"Kita\"}",
        "    operator: o1 -> o2",
        "    elevation: (absent) -> 320",
        "    budget.amount: 1000 -> 1500",
        "    sensors[1].model: \"R-2\" -> \"R-3\"",
        "0 added, 0 removed, 1 changed", ""), diff.toText());
    assertEquals(dataset(AGENCY, UNIVERSITY, after), dataset(AGENCY, UNIVERSITY, before).apply(diff));
  }

  @Test
  void aListThatOnlyGrewAtItsEndIsReportedAsAppendedItems() {
    Provenance first = Provenance.of("d1");
    Provenance second = Provenance.of("d2");
    Dataset before = dataset(AGENCY, station("s1", "Kati", null, List.of(), List.of(first)));
    Dataset after = dataset(AGENCY, station("s1", "Kati", null, List.of(), List.of(first, second, first)));
    PropertyChange provenance = before.diff(after).changed().get(0).properties().get(0);
    assertEquals(PropertyChange.Type.APPENDED, provenance.type());
    assertEquals("provenance", provenance.path());
    assertEquals(List.of(second, first), provenance.appended());
    assertEquals(List.of(first), provenance.before().orElseThrow());
    assertTrue(before.diff(after).toText().contains("    provenance: appended [{document: d2}, {document: d1}]\n"),
        before.diff(after).toText());
    assertEquals(after, before.apply(before.diff(after)));

    // shorter, or grown elsewhere than at its end: the whole list
    PropertyChange shorter = after.diff(before).changed().get(0).properties().get(0);
    assertEquals(PropertyChange.Type.CHANGED, shorter.type());
    assertEquals("provenance", shorter.path());
    assertEquals(before, after.apply(after.diff(before)));
    Dataset inFront = dataset(AGENCY, station("s1", "Kati", null, List.of(), List.of(second, first)));
    assertEquals(PropertyChange.Type.CHANGED, before.diff(inFront).changed().get(0).properties().get(0).type());
    assertEquals(List.of(), before.diff(inFront).changed().get(0).properties().get(0).appended());
  }

  @Test
  void changesOfOneEntityApplyTogetherSoThatARuleBetweenTwoPropertiesHolds() {
    // followUp is required when the result is fail: set one at a time, the first would be refused
    Inspection failed = new Inspection(Id.of("i1"), Ref.of("station", "s1"), List.of(Ref.of("operator", "o1")),
        LocalDate.of(2024, 3, 1), Code.of("fail"), null, null, Deadline.unspecified("avant juin"), null);
    Dataset before = dataset(AGENCY, KATI, CHECK);
    Dataset after = dataset(AGENCY, KATI, failed);
    DatasetDiff diff = before.diff(after);
    assertEquals(List.of("result", "followUp"), diff.changed().get(0).properties().stream().map(PropertyChange::path).toList());
    assertEquals(after, before.apply(diff));
    assertEquals(before, after.apply(after.diff(before)));
  }

  @Test
  void aDiffWhoseBeforeValuesDoNotMatchIsRefusedNamingTheEntityAndPath() {
    Dataset before = dataset(AGENCY, KATI);
    Dataset after = dataset(AGENCY, station("s1", "Kita", null, List.of(), List.of()));
    DatasetDiff diff = before.diff(after);

    Dataset other = dataset(AGENCY, station("s1", "Koulikoro", null, List.of(), List.of()));
    DiffMismatchException e = assertThrows(DiffMismatchException.class, () -> other.apply(diff));
    assertEquals("station:s1", e.entity());
    assertEquals(Optional.of("name"), e.path());
    assertEquals("station:s1 name: the diff expects {fr: \"Kati\"} but the dataset has {fr: \"Koulikoro\"}", e.getMessage());

    // applied twice: the second time the before values are gone
    assertThrows(DiffMismatchException.class, () -> after.apply(diff));

    DiffMismatchException missing = assertThrows(DiffMismatchException.class, () -> dataset(AGENCY).apply(diff));
    assertEquals("station:s1: the diff changes it, but it is not in the dataset", missing.getMessage());
    assertEquals(Optional.empty(), missing.path());

    DatasetDiff adds = dataset(AGENCY).diff(before);
    DiffMismatchException present = assertThrows(DiffMismatchException.class, () -> before.apply(adds));
    assertEquals("station:s1: the diff adds it, but it is already in the dataset", present.getMessage());

    DatasetDiff removes = before.diff(dataset(AGENCY));
    assertThrows(DiffMismatchException.class, () -> other.apply(removes)); // another version than the one removed
  }

  @Test
  void aValueInsideAnAbsentValueOrPastTheEndOfAListIsRefusedAtItsPath() {
    Sensor ws1 = new Sensor("WS-1", null, Period.ofMonths(6));
    Sensor rain = new Sensor("R-2", null, Period.ofYears(1));
    Dataset before = dataset(AGENCY, station("s1", "Kati", Money.of(1_000, "XOF"), List.of(ws1, rain), List.of()));
    Dataset after = dataset(AGENCY, station("s1", "Kati", Money.of(2_000, "XOF"), List.of(ws1, new Sensor("R-3", null, Period.ofYears(1))), List.of()));
    DatasetDiff diff = before.diff(after);

    DiffMismatchException unfunded = assertThrows(DiffMismatchException.class,
        () -> dataset(AGENCY, station("s1", "Kati", null, List.of(ws1, rain), List.of())).apply(diff));
    assertEquals(Optional.of("budget"), unfunded.path());
    assertEquals("station:s1 budget: the diff changes a value inside it, but it is absent", unfunded.getMessage());

    DiffMismatchException oneSensor = assertThrows(DiffMismatchException.class,
        () -> dataset(AGENCY, station("s1", "Kati", Money.of(1_000, "XOF"), List.of(ws1), List.of())).apply(diff));
    assertEquals("station:s1 sensors[1]: the list has 1 items", oneSensor.getMessage());
  }

  @Test
  void textsAreQuotedAndEscapedOnOneLine() {
    Dataset before = dataset(AGENCY, KATI);
    Dataset after = dataset(AGENCY, station("s1", "Ka\"ti\nsur deux lignes\t\u0001", null, List.of(), List.of()));
    assertEquals("~ station:s1\n    name: {fr: \"Kati\"} -> {fr: \"Ka\\\"ti\\nsur deux lignes\\t\\u0001\"}\n0 added, 0 removed, 1 changed\n",
        before.diff(after).toText());
  }

  @Test
  void aDiffIsAPatchOfTheValuesItNamesOnly() {
    Station renamed = station("s1", "Kita", null, List.of(), List.of());
    DatasetDiff rename = dataset(AGENCY, KATI).diff(dataset(AGENCY, renamed));
    // the same station with a budget in a third dataset: the name changes, the budget stays
    Station funded = station("s1", "Kati", Money.of(10, "XOF"), List.of(), List.of());
    Dataset patched = dataset(AGENCY, UNIVERSITY, funded).apply(rename);
    assertEquals(dataset(AGENCY, UNIVERSITY, station("s1", "Kita", Money.of(10, "XOF"), List.of(), List.of())), patched);
  }

  @Test
  void aPartOfADatasetAddsAndChangesButNeverRemoves() {
    Dataset dataset = dataset(AGENCY, UNIVERSITY, KATI, CHECK);
    Station renamed = station("s1", "Kita", null, List.of(), List.of());
    Station added = station("s2", "Bamako", null, List.of(), List.of());
    Dataset part = dataset(AGENCY, renamed, added); // says nothing of o2 and i1
    DatasetDiff update = dataset.diff(part).withoutRemovals();
    assertEquals("1 added, 0 removed, 1 changed", update.summary());
    Dataset updated = dataset.apply(update);
    assertEquals(dataset(AGENCY, UNIVERSITY, renamed, added, CHECK), updated);
    assertTrue(updated.diff(part).withoutRemovals().isEmpty()); // the same part again: nothing to do
    assertEquals(List.of("operator:o2"), dataset.diff(part).filter(e -> e.kind() == Operator.KIND).entities().stream()
        .map(e -> e.ref().toString()).toList());
  }

  @Test
  void aDatasetHoldingAnIdTwiceHasNoDiff() {
    Dataset twice = dataset(AGENCY, Operator.of("o1", "university", "Autre"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> twice.diff(dataset(AGENCY)));
    assertTrue(e.getMessage().contains("operator:o1 twice"), e.getMessage());
  }

  @Test
  void diffsAreValuesAndKeepTheRegistry() {
    Dataset before = dataset(AGENCY, KATI);
    Dataset after = dataset(AGENCY, UNIVERSITY);
    assertEquals(before.diff(after), before.diff(after));
    assertEquals(before.diff(after).hashCode(), before.diff(after).hashCode());
    assertFalse(before.diff(after).equals(after.diff(before)));
    assertSame(REGISTRY, before.diff(after).registry());
  }
}
