package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.keneya.io.xlsx.EditedWorkbook.row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Id;

/**
 * A list inside the items of a list (a budget's lines and each line's rates, a meeting's
 * participants and each one's roles) gets a sheet of its own, keyed by the owner's id, the
 * position of the outer item and its own position.
 */
class ListsInListItemsTest {
  /** A box on a shelf, holding items. */
  record Box(String label, List<String> items) {}

  /** A shelf of boxes. */
  record Shelf(Id id, List<Box> boxes) implements Entity {}

  static final StructType<Box> BOX = StructType.positional("box", Box.class, v -> new Box(v.next(), v.next()))
      .add("label", ValueType.string(), Box::label)
      .add("items", ValueType.list(ValueType.string()), Box::items)
      .build();

  static final EntityKind<Shelf> SHELF = EntityKind.of("shelf", "Shelf",
      StructType.positional("shelf", Shelf.class, v -> new Shelf(v.next(), v.next()))
          .add("id", ValueType.id(), Shelf::id)
          .add("boxes", ValueType.list(BOX), Shelf::boxes)
          .build());

  static final KindRegistry REGISTRY = KindRegistry.of(new DomainModel() {
    @Override
    public String name() {
      return "store";
    }

    @Override
    public List<EntityKind<?>> kinds() {
      return List.of(SHELF);
    }

    @Override
    public List<Codelist> codelists() {
      return List.of();
    }
  });

  static final XlsxCodec XLSX = XlsxCodec.create(REGISTRY);

  static final Dataset SHELVES = Dataset.of(REGISTRY, List.of(
      new Shelf(Id.of("s1"), List.of(new Box("tools", List.of("hammer", "saw")), new Box("empty", List.of()),
          new Box("nails", List.of("small")))),
      new Shelf(Id.of("s2"), List.of())));

  @Test
  void listsInsideListItemsRoundTripOnSheetsOfTheirOwn() throws IOException {
    byte[] workbook = XLSX.toBytes(SHELVES);
    assertEquals(SHELVES, XLSX.fromBytes(workbook, "store.xlsx"));
    try (XSSFWorkbook poi = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      List<String> names = new ArrayList<>();
      poi.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("about", "document", "shelf", "shelf.boxes", "shelf.boxes.items"), names);
      List<String> header = new ArrayList<>();
      poi.getSheet("shelf.boxes.items").getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertEquals(List.of("shelf", "boxes.position", "position", "items"), header);
      assertEquals(3, poi.getSheet("shelf.boxes.items").getLastRowNum()); // hammer, saw, small under the header (row 0)
    }
  }

  private static final Object[] BOXES = row("shelf", "position", "boxes.label");
  private static final Object[] ITEMS = row("shelf", "boxes.position", "position", "items");

  @Test
  void innerItemsReSortedReadInPositionOrder() {
    byte[] edited = new EditedWorkbook()
        .sheet("shelf", row("id"), row("s1"), row("s2"))
        .sheet("shelf.boxes.items", ITEMS, row("s1", 3, 1, "small"), row("s1", 1, 2, "saw"), row("s1", 1, 1, "hammer"))
        .sheet("shelf.boxes", BOXES, row("s1", 3, "nails"), row("s1", 2, "empty"), row("s1", 1, "tools"))
        .toBytes();
    assertEquals(SHELVES, XLSX.fromBytes(edited, "store.xlsx"));
  }

  @Test
  void anInnerItemWhoseOuterItemIsMissingIsRefusedNamingItsRow() {
    byte[] edited = new EditedWorkbook()
        .sheet("shelf", row("id"), row("s1"))
        .sheet("shelf.boxes", BOXES, row("s1", 1, "tools"))
        .sheet("shelf.boxes.items", ITEMS, row("s1", 1, 1, "hammer"), row("s1", 2, 1, "saw"))
        .toBytes();
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> XLSX.fromBytes(edited, "store.xlsx"));
    assertEquals("store.xlsx, sheet \"shelf.boxes.items\", row 3, column A (shelf)", e.place().toString());
  }
}
