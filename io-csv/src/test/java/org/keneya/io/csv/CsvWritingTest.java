package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;

class CsvWritingTest {
  private static Actor actorNamed(String name) {
    return Actor.builder().id(Id.of("x")).type(HealthCodelists.DIRECTORATE).name(LocalizedText.fr(name)).build();
  }

  private static byte[] table(Actor actor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvCodec.create().writeTable(Dataset.of(KindRegistry.load(), List.of(actor)), Actor.KIND, out);
    return out.toByteArray();
  }

  @Test
  void textOutsideTheBasicPlaneIsWrittenAsUtf8() {
    String csv = new String(table(actorNamed("Santé 😀 ’ « »")), StandardCharsets.UTF_8);
    assertTrue(csv.contains("Santé 😀 ’ « »"), csv);
  }

  @Test
  void anUnpairedSurrogateIsRefusedRatherThanWrittenAsAQuestionMark() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> table(actorNamed("bad \uD800 here")));
    assertTrue(e.getMessage().contains("surrogate"), e::getMessage);
  }

  @Test
  void textInALanguageTheTableHasNoColumnForIsRefusedNamingIt() {
    Actor bilingual = Actor.builder().id(Id.of("x")).type(HealthCodelists.DIRECTORATE)
        .name(LocalizedText.of("en", "Health", "fr", "Santé")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter<Actor> writer = CsvCodec.create().tableWriter(Actor.KIND, List.of("fr"), out)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(bilingual));
      assertTrue(e.getMessage().contains("name has text in \"en\" but the table's languages are [fr]"), e::getMessage);
    }
  }

  @Test
  void aWriterReusingItsRowLeavesNoCellOfOneEntityInTheNext() {
    Actor full = Actor.builder().id(Id.of("a")).type(HealthCodelists.DIRECTORATE).name(LocalizedText.fr("A"))
        .acronym("AAA").build();
    Actor bare = Actor.builder().id(Id.of("b")).type(HealthCodelists.DIRECTORATE).name(LocalizedText.fr("B")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter<Actor> writer = CsvCodec.create().tableWriter(Actor.KIND, List.of("fr"), out)) {
      writer.write(full).write(bare);
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[1].contains("AAA"), lines[1]);
    assertFalse(lines[2].contains("AAA"), lines[2]);
  }
}
