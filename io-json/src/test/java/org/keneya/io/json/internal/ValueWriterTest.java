package org.keneya.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.json.Networks.DATASETS;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

class ValueWriterTest {

  @Test
  void datesAreWrittenExactlyAsLocalDateToStringWritesThem() {
    List<LocalDate> dates = new ArrayList<>(List.of(
        LocalDate.of(0, 1, 1), LocalDate.of(1, 2, 3), LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1),
        LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-1, 6, 15),
        LocalDate.MIN, LocalDate.MAX));
    Random random = new Random(20261123);
    for (int i = 0; i < 10_000; i++) { // every day from year -2000 to 12000 has a chance
      dates.add(LocalDate.ofEpochDay(random.nextLong(-1_450_000L, 3_660_000L)));
    }
    ValueWriter writer = new ValueWriter();
    for (LocalDate date : dates) {
      assertEquals("\"" + date + "\"", json(g -> writer.write(g, ValueType.date(), date)), () -> "for " + date);
    }
  }

  @Test
  void specializedWritersWriteTheBytesOfTheGenericWalk() {
    forAll(300, DATASETS, d -> {
      for (EntityKind<?> kind : d.kinds()) {
        assertSameJson(d, kind);
      }
    });
  }

  private static <E extends Entity> void assertSameJson(Dataset d, EntityKind<E> kind) {
    ValueWriter specialized = new ValueWriter();
    ValueWriter generic = ValueWriter.generic();
    for (E entity : d.entities(kind)) {
      assertEquals(json(g -> generic.writeEntity(g, kind, entity)), json(g -> specialized.writeEntity(g, kind, entity)));
    }
    assertTrue(specialized.isSpecialized(kind.struct()), kind.name() + " written by a specialized writer");
    assertFalse(generic.isSpecialized(kind.struct()));
  }

  @Test
  void aStructWithMorePropertiesThanTheTemplateHasSlotsIsWrittenByTheGenericWalk() {
    int size = StructTemplate.SLOTS + 1;
    StructType.Builder<Object[], Object[]> wide = StructType.builder("wide", Object[].class, () -> new Object[size], p -> p);
    StringBuilder expected = new StringBuilder("{");
    for (int i = 0; i < size; i++) {
      int at = i;
      wide.add("p" + i, ValueType.string(), p -> (String) p[at], (p, v) -> p[at] = v);
      expected.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"v").append(i).append('"');
    }
    StructType<Object[]> type = wide.build();
    Object[] value = new Object[size];
    Arrays.setAll(value, i -> "v" + i);
    ValueWriter writer = new ValueWriter();

    assertEquals(expected.append('}').toString(), json(g -> writer.write(g, type, value)));
    assertFalse(writer.isSpecialized(type));
  }

  /** What {@code write} writes, as the codecs write it: UTF-8 bytes, read back as text. */
  private static String json(Consumer<JsonGenerator> write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
      write.accept(g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
