package org.keneya.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

class ValueWalkerTest {
  /** An entity with references and codes at every depth, and properties that hold neither. */
  record Sheet(
      Id id, String title, Code status, ImmutableList<Provenance> sources, Optional<Money> cost,
      @Nullable Ref<?> about, ImmutableList<LocalizedText> remarks, List<List<Code>> tags)
      implements Entity {}

  private static <V> V neverRead(String property) {
    throw new AssertionError(property + " holds no reference or code: the walker must not read it");
  }

  private static final EntityKind<Sheet> SHEET = EntityKind.of("sheet", "Sheet",
      StructType.positional("sheet", Sheet.class, v -> { throw new UnsupportedOperationException(); })
          .add("id", ValueType.id(), s -> neverRead("id"))
          .add("title", ValueType.string(), s -> neverRead("title"))
          .add("status", ValueType.code("status"), Sheet::status)
          .add("sources", ValueType.list(ValueType.provenance()), Sheet::sources)
          .add("cost", ValueType.optional(ValueType.money()), s -> neverRead("cost"))
          .addOptional("about", ValueType.anyRef(), Sheet::about)
          .add("remarks", ValueType.list(ValueType.localizedText()), s -> neverRead("remarks"))
          .add("tags", ValueType.list(ValueType.list(ValueType.code("tag"))), Sheet::tags)
          .build());

  private static List<String> visits(Sheet sheet) {
    List<String> visits = new ArrayList<>();
    ValueWalker walker = new ValueWalker((path, type, value) -> visits.add(path + "=" + value));
    walker.walk(SHEET, sheet);
    return visits;
  }

  @Test
  void visitsEveryReferenceAndCodeWithItsPathAndNeverReadsAPropertyThatHoldsNeither() {
    Sheet sheet = new Sheet(
        Id.of("s1"), "Titre", Code.of("draft"),
        ImmutableList.of(Provenance.of("report-2023", "p. 4"), Provenance.of("minutes")),
        Optional.of(Money.of(BigDecimal.TEN, java.util.Currency.getInstance("XOF"))),
        Ref.of("note", "n1"),
        ImmutableList.of(LocalizedText.fr("Remarque")),
        ImmutableList.of(ImmutableList.of(), ImmutableList.of(Code.of("urgent"), Code.of("budget"))));
    assertEquals(
        List.of("status=draft", "sources[0].document=document:report-2023", "sources[1].document=document:minutes",
            "about=note:n1", "tags[1][0]=urgent", "tags[1][1]=budget"),
        visits(sheet));
  }

  @Test
  void anAbsentOptionalAndEmptyListsAreVisitedAsNothing() {
    Sheet sheet = new Sheet(Id.of("s2"), "", Code.of("final"), ImmutableList.of(), Optional.empty(), null,
        ImmutableList.of(), ImmutableList.of());
    assertEquals(List.of("status=final"), visits(sheet));
  }

  @Test
  void theSameWalkerWalksEntityAfterEntityWithItsPathLeftEmpty() {
    Sheet first = new Sheet(Id.of("a"), "", Code.of("x"), ImmutableList.of(), Optional.empty(), Ref.of("note", "n"),
        ImmutableList.of(), ImmutableList.of());
    Sheet second = new Sheet(Id.of("b"), "", Code.of("y"), ImmutableList.of(), Optional.empty(), null,
        ImmutableList.of(), ImmutableList.of(ImmutableList.of(Code.of("z"))));
    List<String> visits = new ArrayList<>();
    ValueWalker walker = new ValueWalker((path, type, value) -> visits.add(path + "=" + value));
    walker.walk(SHEET, first);
    walker.walk(SHEET, second);
    assertEquals(List.of("status=x", "about=note:n", "status=y", "tags[0][0]=z"), visits);
  }
}
