package org.keneya.io.csv;

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
}
