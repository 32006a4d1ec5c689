package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.xlsx.Fixtures.NETWORKS;
import static org.keneya.io.xlsx.Fixtures.REGISTRY;
import static org.keneya.io.xlsx.Fixtures.XLSX;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.data.DatasetDiff;
import org.keneya.core.error.DiffMismatchException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.value.Id;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Station;
import org.keneya.testkit.gen.Gen;

/**
 * Merging a workbook into a dataset: a whole workbook makes the dataset equal to it, a part adds and
 * updates and never removes, merging the same workbook twice changes nothing the second time, and a
 * merge that does not fit changes nothing.
 */
class WorkbookMergeTest {
  private static final XlsxCodec PARTS = XlsxCodec.create(REGISTRY, XlsxOptions.defaults().part(true));

  /** A dataset, and a part of another one: some of its entities, with every entity they reference. */
  private static final Gen<Dataset[]> DATASET_AND_PART = source -> {
    Dataset a = NETWORKS.generate(source);
    Dataset b = NETWORKS.generate(source);
    Set<Entity> kept = new HashSet<>();
    for (Entity entity : b.entities()) {
      if (source.draw(1) == 1) {
        kept.add(entity);
      }
    }
    return new Dataset[] {a, b.subset(kept::contains)};
  };

  private static XlsxWorkbook read(XlsxCodec codec, byte[] workbook) {
    return codec.readWorkbook(new ByteArrayInputStream(workbook), "merged.xlsx");
  }

  @Test
  void aPartAddsAndUpdatesItsEntitiesNeverRemovesOneAndMergingItTwiceChangesNothing() {
    forAll(150, DATASET_AND_PART, pair -> {
      Dataset a = pair[0];
      Dataset part = pair[1];
      XlsxWorkbook workbook = read(PARTS, PARTS.toBytes(part));
      assertTrue(workbook.isPart());
      assertEquals(part, workbook.dataset());
      DatasetDiff changes = workbook.mergeDiff(a);
      assertTrue(changes.removed().isEmpty(), changes::toText);
      Dataset merged = a.apply(changes);
      for (Entity entity : part.entities()) {
        assertEquals(entity, merged.get(REGISTRY.kindOf(entity), entity.id()).orElseThrow());
      }
      for (Entity entity : a.entities()) {
        if (part.get(REGISTRY.kindOf(entity), entity.id()).isEmpty()) {
          assertEquals(entity, merged.get(REGISTRY.kindOf(entity), entity.id()).orElseThrow());
        }
      }
      assertEquals(a.size() + changes.added().size(), merged.size());
      DatasetDiff again = workbook.mergeDiff(merged);
      assertTrue(again.isEmpty(), again::toText);
      assertEquals(merged, merged.apply(again));
    });
  }

  @Test
  void thePartsDrawnBothAddEntitiesAndChangeExistingOnes() {
    // the property above is not trivial: parts overlap the dataset as well as add to it
    boolean added = false;
    boolean changed = false;
    for (long seed = 0; seed < 50 && !(added && changed); seed++) {
      Dataset[] pair = DATASET_AND_PART.sample(seed);
      DatasetDiff changes = pair[0].diff(pair[1]).withoutRemovals();
      added |= !changes.added().isEmpty();
      changed |= !changes.changed().isEmpty();
    }
    assertTrue(added && changed, "added " + added + ", changed " + changed);
  }

  @Test
  void aWholeWorkbookMergedMakesTheDatasetEqualToIt() {
    forAll(100, DATASET_AND_PART, pair -> {
      Dataset a = pair[0];
      Dataset b = NETWORKS.sample(a.size());
      XlsxWorkbook workbook = read(XLSX, XLSX.toBytes(b));
      assertFalse(workbook.isPart());
      Dataset merged = a.apply(workbook.mergeDiff(a));
      assertEquals(b, merged);
      assertTrue(workbook.mergeDiff(merged).isEmpty());
    });
  }

  @Test
  void aMergeOfChangesMadeForAnotherVersionOfTheDatasetChangesNothing() {
    Dataset base = Dataset.of(REGISTRY, List.of(Operator.of("mn", "agency", "Météo"), Station.of("kati", "mn", "Kati")));
    Dataset renamed = Dataset.of(REGISTRY, List.of(Operator.of("mn", "agency", "Météo"), Station.of("kati", "mn", "Kita")));
    Dataset part = Dataset.of(REGISTRY, List.of(Station.of("kati", "mn", "Kati-Sud")));
    DatasetDiff changes = read(PARTS, PARTS.toBytes(part)).mergeDiff(base);
    assertThrows(DiffMismatchException.class, () -> renamed.apply(changes)); // the station's name is no longer "Kati"
    assertEquals("Kita", renamed.get(Station.KIND, Id.of("kati")).orElseThrow().name().get("fr").orElseThrow());
  }

  @Test
  void aPartMayReferToRecordsItDoesNotHoldButAWholeWorkbookMayNot() {
    Dataset station = Dataset.of(REGISTRY, List.of(Station.of("kati", "mn", "Kati"))); // its operator is elsewhere
    assertEquals(station, read(PARTS, PARTS.toBytes(station)).dataset());
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> read(XLSX, XLSX.toBytes(station)));
    assertTrue(e.getMessage().contains("operator"), e.getMessage());
    XlsxCodec unchecked = XlsxCodec.create(REGISTRY, XlsxOptions.defaults().checkReferences(false));
    Dataset back = read(unchecked, XLSX.toBytes(station)).dataset();
    assertEquals(station, back);
    assertFalse(back.validate().isValid()); // the dangling reference is left for validation to list
  }
}
