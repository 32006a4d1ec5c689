package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.xlsx.Fixtures.NETWORKS;
import static org.keneya.io.xlsx.Fixtures.REGISTRY;
import static org.keneya.io.xlsx.Fixtures.XLSX;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Id;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Station;

/** The streaming writer: the same bytes as a dataset's, from entities generated on demand, and its misuses refused. */
class StreamingWriterTest {
  /** {@code count} entities made by {@code make} each time they are iterated, never held together. */
  static <E> Iterable<E> generated(int count, IntFunction<E> make) {
    return () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public E next() {
        if (next == count) {
          throw new NoSuchElementException();
        }
        return make.apply(next++);
      }
    };
  }

  static Operator operator(int i) {
    return Operator.of(String.format("op-%07d", i), "agency", "Opérateur " + i);
  }

  @Test
  void kindsWrittenInAnyOrderGiveTheBytesOfTheDataset() {
    forAll(20, NETWORKS, d -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (XlsxWriter writer = XLSX.writer(out)) {
        List<EntityKind<?>> kinds = new ArrayList<>(REGISTRY.kinds());
        java.util.Collections.reverse(kinds);
        for (EntityKind<?> kind : kinds) {
          if (!d.entities(kind).isEmpty()) { // the others are written empty by finish()
            write(writer, kind, d);
          }
        }
        writer.finish();
      }
      assertArrayEquals(XLSX.toBytes(d), out.toByteArray());
    });
  }

  private static <E extends Entity> void write(XlsxWriter writer, EntityKind<E> kind, Dataset d) {
    writer.write(kind, d.entities(kind));
  }

  @Test
  void generatedEntitiesReadBackEqualPastTheRowsHeldBeforeAFlush() {
    int count = 2_500; // flushed at 1,000 and 2,000 rows
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter writer = XLSX.writer(out)) {
      writer.write(Operator.KIND, generated(count, StreamingWriterTest::operator))
          .write(Station.KIND, generated(count, i -> Station.of("st-" + i, String.format("op-%07d", i), "Station " + i)));
      writer.finish();
    }
    List<Entity> all = new ArrayList<>();
    generated(count, StreamingWriterTest::operator).forEach(all::add);
    generated(count, i -> Station.of("st-" + i, String.format("op-%07d", i), "Station " + i)).forEach(all::add);
    assertEquals(Dataset.of(REGISTRY, all), XLSX.fromBytes(out.toByteArray(), "generated.xlsx"));
  }

  @Test
  void aKindWrittenTwiceIsRefused() {
    try (XlsxWriter writer = XLSX.writer(new ByteArrayOutputStream())) {
      writer.write(Operator.KIND, List.of(operator(1)));
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.write(Operator.KIND, List.of()));
      assertEquals("the kind operator is written already: each kind at most once", e.getMessage());
    }
  }

  @Test
  void aKindOfAnotherRegistryIsRefused() {
    try (XlsxWriter writer = XLSX.writer(new ByteArrayOutputStream())) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> writer.write(ListsInListItemsTest.SHELF, List.of()));
      assertEquals("the kind shelf is not one of the registry's", e.getMessage());
    }
  }

  @Test
  void writingAfterFinishIsRefused() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWriter writer = XLSX.writer(out);
    writer.finish();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.write(Operator.KIND, List.of()));
    assertEquals("the workbook writer is finished: write each kind before finish()", e.getMessage());
    assertThrows(IllegalStateException.class, writer::finish);
    writer.close();
    assertArrayEquals(XLSX.toBytes(Dataset.of(REGISTRY, List.of())), out.toByteArray());
  }

  @Test
  void anIterableThatChangesBetweenPassesIsRefused() {
    AtomicInteger passes = new AtomicInteger();
    Iterable<Station> shrinking = () -> {
      int n = passes.getAndIncrement() < 2 ? 3 : 2; // names, then the sheet, then the lists: one fewer
      return generated(n, i -> Station.of("st-" + i, "mn", "Station " + i)).iterator();
    };
    try (XlsxWriter writer = XLSX.writer(new ByteArrayOutputStream())) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.write(Station.KIND, shrinking));
      assertTrue(e.getMessage().startsWith("the entities of sheet station were 3, then 2"), e.getMessage());
    }
  }

  @Test
  void aRowPastTheLastASheetHoldsIsRefusedWhenReachedWritingNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter writer = ListsInListItemsTest.XLSX.writer(out)) {
      Iterable<ListsInListItemsTest.Shelf> shelves =
          generated(ExcelLimitException.MAX_ROWS, i -> new ListsInListItemsTest.Shelf(Id.of("s" + i), List.of()));
      ExcelLimitException e = assertThrows(ExcelLimitException.class, () -> writer.write(ListsInListItemsTest.SHELF, shelves));
      assertEquals("shelf", e.sheet());
      assertEquals(ExcelLimitException.MAX_ROWS + 1L, e.row());
    }
    assertEquals(0, out.size());
  }

  @Test
  void aRefusedWorkbookWritesNothingLeavesNoFileAndClosesTheWriter() throws IOException {
    List<Path> before = temporaryWorkbooks();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter writer = XLSX.writer(out)) {
      ExcelLimitException e = assertThrows(ExcelLimitException.class,
          () -> writer.write(Operator.KIND, List.of(Operator.of("mn", "agency", "x".repeat(32_768)))));
      assertEquals(2, e.row());
      IllegalStateException closed = assertThrows(IllegalStateException.class, writer::finish);
      assertEquals("the workbook writer is closed already", closed.getMessage());
    }
    assertEquals(0, out.size());
    assertEquals(before, temporaryWorkbooks());
  }

  @Test
  void aWriterClosedUnfinishedWritesNothingAndLeavesNoFile() throws IOException {
    List<Path> before = temporaryWorkbooks();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWriter writer = XLSX.writer(out)) {
      writer.write(Operator.KIND, List.of(operator(1)));
      assertEquals(before.size() + 1, temporaryWorkbooks().size());
    }
    assertEquals(0, out.size());
    assertEquals(before, temporaryWorkbooks());
  }

  private static List<Path> temporaryWorkbooks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().matches("keneya-.*\\.xlsx")).sorted().toList();
    }
  }
}
