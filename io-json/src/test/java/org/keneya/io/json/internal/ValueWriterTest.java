package org.keneya.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
      ByteArrayOutputStream out = new ByteArrayOutputStream(); // as the codecs write: UTF-8 bytes
      try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out)) {
        writer.write(g, ValueType.date(), date);
      }
      assertEquals("\"" + date + "\"", out.toString(StandardCharsets.UTF_8), () -> "for " + date);
    }
  }
}
