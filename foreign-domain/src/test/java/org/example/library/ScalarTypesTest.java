package org.example.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonOptions;
import org.keneya.io.json.JsonSchemas;
import org.keneya.jackson.KeneyaJacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acquisition kind's UUID, instant, date-time with offset, long, double, URI and year, and the
 * library's own ISBN scalar, go through JSON, JSON Lines, the Jackson module, CSV, both schemas and validation with no
 * code of the library's beyond {@link Isbn#TYPE}.
 */
class ScalarTypesTest {
  private static final KindRegistry REGISTRY = KindRegistry.of(new LibraryModel());
  private static final JsonCodec JSON = JsonCodec.create(REGISTRY, JsonOptions.defaults());
  private static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());

  private static final Book POEMS = new Book(Id.of("b1"), LocalizedText.of("en", "Poems"), "9780140424393", Code.of("poetry"), 2);

  private static Acquisition acquisition(String id, OffsetDateTime shelvedAt, long barcode, double weightKg) {
    return acquisition(id, shelvedAt, barcode, weightKg, PartialDate.parse("1998-06"));
  }

  private static Acquisition acquisition(String id, OffsetDateTime shelvedAt, long barcode, double weightKg, PartialDate published) {
    return new Acquisition(Id.of(id), Ref.of("book", "b1"), UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        Isbn.of("9780140424393"), List.of(Isbn.of("9782070421145")), Instant.parse("2024-03-22T10:15:30.120Z"), shelvedAt,
        barcode, weightKg, URI.create("https://catalogue.example.org/record/42?lang=fr"), Year.of(1998),
        published);
  }

  private static Dataset library() {
    return Dataset.of(REGISTRY, List.of(POEMS,
        acquisition("a1", OffsetDateTime.of(2024, 3, 23, 9, 0, 0, 0, ZoneOffset.ofHours(2)), Long.MAX_VALUE, 0.35),
        acquisition("a2", null, 0, 1.0E-7, PartialDate.parse("1997")),
        acquisition("a4", null, 7, 0.5, PartialDate.parse("1997-02-28"))));
  }

  @Test
  void everyScalarRoundTripsThroughJsonJsonLinesJacksonAndCsvWithTheSameBytes() {
    Dataset library = library();
    assertEquals(List.of(), library.validate().violations());
    byte[] json = JSON.toBytes(library);
    assertEquals(library, JSON.fromBytes(json));
    assertArrayEquals(json, JSON.toBytes(JSON.fromBytes(json)));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    JsonLines.write(library, lines);
    assertEquals(library, JsonLines.read(new ByteArrayInputStream(lines.toByteArray()), "library.jsonl", REGISTRY, JsonOptions.defaults()));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CSV.writeZip(library, zip);
    assertEquals(library, CSV.readZip(new ByteArrayInputStream(zip.toByteArray())));
    JsonMapper mapper = JsonMapper.builder().addModule(new KeneyaJacksonModule(REGISTRY)).build();
    assertEquals(library, mapper.readValue(mapper.writeValueAsBytes(library), Dataset.class));
    Acquisition first = library.entities(Acquisition.KIND).get(0);
    assertEquals(first, mapper.readValue(mapper.writeValueAsString(first), Acquisition.class));
  }

  @Test
  void jsonWritesNumbersAsNumbersAndTheRestAsTheirCanonicalText() {
    String json = new String(JSON.toBytes(library()), StandardCharsets.UTF_8).replaceAll("\\s", "");
    assertTrue(json.contains("\"catalogueId\":\"123e4567-e89b-12d3-a456-426614174000\""), json);
    assertTrue(json.contains("\"isbn\":\"9780140424393\",\"formerIsbns\":[\"9782070421145\"]"), json);
    assertTrue(json.contains("\"receivedAt\":\"2024-03-22T10:15:30.120Z\""), json);
    assertTrue(json.contains("\"shelvedAt\":\"2024-03-23T09:00:00+02:00\""), json);
    assertTrue(json.contains("\"barcode\":9223372036854775807,\"weightKg\":0.35"), json);
    assertTrue(json.contains("\"weightKg\":1.0E-7"), json);
    assertTrue(json.contains("\"printed\":\"1998\""), json);
    assertTrue(json.contains("\"published\":\"1998-06\""), json);
    assertTrue(json.contains("\"published\":\"1997\""), json);
    assertTrue(json.contains("\"published\":\"1997-02-28\""), json);
  }

  @Test
  void theJsonSchemaStatesEachScalarAndAcceptsTheExport() {
    String schemaText = JsonSchemas.dataset(REGISTRY).replaceAll("\\s", "");
    assertTrue(schemaText.contains("\"catalogueId\":{\"type\":\"string\",\"format\":\"uuid\""), schemaText);
    assertTrue(schemaText.contains("\"receivedAt\":{\"type\":\"string\",\"format\":\"date-time\""), schemaText);
    assertTrue(schemaText.contains("\"barcode\":{\"type\":\"integer\""), schemaText);
    assertTrue(schemaText.contains("\"weightKg\":{\"type\":\"number\""), schemaText);
    assertTrue(schemaText.contains("\"record\":{\"type\":\"string\",\"format\":\"uri\""), schemaText);
    assertTrue(schemaText.contains("\"isbn\":{\"type\":\"string\",\"pattern\":\"^(97[89][0-9]{10})$\""), schemaText);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonSchemas.dataset(REGISTRY));
    String json = new String(JSON.toBytes(library()), StandardCharsets.UTF_8);
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList());
    String badIsbn = json.replace("\"9782070421145\"", "\"12345\"");
    assertTrue(!schema.validate(badIsbn, InputFormat.JSON).isEmpty(), "the ISBN's pattern is in the schema");
    String tooHeavy = json.replaceFirst("(\"weightKg\"\\s*:\\s*)0\\.35", "$151");
    assertTrue(!tooHeavy.equals(json) && !schema.validate(tooHeavy, InputFormat.JSON).isEmpty(), "the weight's range");
    assertTrue(schemaText.contains("\"published\":{\"type\":\"string\",\"pattern\":\"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)$\""),
        schemaText);
    String badMonth = json.replace("\"1998-06\"", "\"1998-6\"");
    assertTrue(!badMonth.equals(json) && !schema.validate(badMonth, InputFormat.JSON).isEmpty(), "the partial date's pattern");
  }

  @Test
  void theDataPackageGivesEachScalarItsTableSchemaTypeFormatAndPattern() {
    String descriptor = CSV.dataPackage(library()).replaceAll("\\s", "");
    assertTrue(descriptor.matches(".*\\{\"name\":\"catalogueId\",\"type\":\"string\"[^}]*\"pattern\":\"\\[0-9a-fA-F]\\{8}-.*"),
        descriptor);
    assertTrue(descriptor.contains("{\"name\":\"receivedAt\",\"type\":\"datetime\",\"format\":\"any\""), descriptor);
    assertTrue(descriptor.contains("{\"name\":\"shelvedAt\",\"type\":\"datetime\",\"format\":\"any\""), descriptor);
    assertTrue(descriptor.contains("{\"name\":\"barcode\",\"type\":\"integer\""), descriptor);
    assertTrue(descriptor.contains("{\"name\":\"weightKg\",\"type\":\"number\""), descriptor);
    assertTrue(descriptor.contains("{\"name\":\"record\",\"type\":\"string\",\"format\":\"uri\""), descriptor);
    assertTrue(descriptor.contains("{\"name\":\"printed\",\"type\":\"year\""), descriptor);
    assertTrue(descriptor.matches(".*\\{\"name\":\"published\",\"type\":\"string\"[^}]*\"pattern\":\"\\[0-9]\\{4}\\(-.*"), descriptor);
    assertTrue(descriptor.matches(".*\\{\"name\":\"isbn\",\"type\":\"string\"[^}]*\"pattern\":\"97\\[89]\\[0-9]\\{10}\".*"), descriptor);
  }

  @Test
  void aUserScalarsParserRefusalNamesTheJsonPointer() {
    String json = new String(JSON.toBytes(library()), StandardCharsets.UTF_8).replace("\"9782070421145\"", "\"9782070421146\"");
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> JSON.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "library.json"));
    assertEquals("/kinds/acquisition/0/formerIsbns/0", e.place().path().orElseThrow(), e::getMessage);
    assertTrue(e.reason().contains("not a valid isbn"), e.reason());
  }

  @Test
  void numbersAJavaTypeCannotHoldAreRefusedNotRounded() {
    String json = new String(JSON.toBytes(library()), StandardCharsets.UTF_8);
    for (String[] bad : List.of(
        new String[] {"9223372036854775807", "9223372036854775808", "barcode"},
        new String[] {"0.35", "1e400", "weightKg"},
        new String[] {"0.35", "\"0.35\"", "weightKg"},
        new String[] {"9223372036854775807", "1.5", "barcode"})) {
      String broken = json.replaceFirst(java.util.regex.Pattern.quote(bad[0]), bad[1]);
      MalformedInputException e = assertThrows(MalformedInputException.class,
          () -> JSON.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "library.json"), bad[1]);
      assertEquals("/kinds/acquisition/0/" + bad[2], e.place().path().orElseThrow(), e::getMessage);
    }
  }

  @Test
  void aBadCsvCellOfADefinedScalarNamesItsFileRowAndColumn() {
    String table = "id,book,catalogueId,isbn,formerIsbns,receivedAt,shelvedAt,barcode,weightKg,record,printed,published\n"
        + "a1,b1,not-a-uuid,9780140424393,[],2024-03-22T10:15:30Z,,1,0.5,https://example.org/r,1998,1998-06\n";
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readTable(Acquisition.KIND, new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "acquisition.csv"));
    assertTrue(e.getMessage().startsWith("acquisition.csv, row 2, column catalogueId: "), e.getMessage());
  }

  @Test
  void aValueNoFormatCanWriteIsAViolationNamingItsPath() {
    Acquisition farFuture = acquisition("a3", OffsetDateTime.of(12024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), 5, Double.NaN);
    List<String> found = Dataset.of(REGISTRY, List.of(POEMS, farFuture)).validate().violations().stream()
        .map(v -> v.code() + " " + v.path()).sorted().toList();
    assertEquals(List.of("constraint weightKg", "unwritable-value shelvedAt", "unwritable-value weightKg"), found);
  }

  @Test
  void aScalarDefinitionWithABuiltInNameABadNameOrNoParserIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ScalarType.builder("uuid", UUID.class));
    assertThrows(IllegalArgumentException.class, () -> ScalarType.builder("Bad Name", UUID.class));
    NullPointerException e = assertThrows(NullPointerException.class, () -> ScalarType.builder("gtin", String.class).build());
    assertEquals("scalar gtin: parse(...) is required", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ScalarType.builder("gtin", String.class).pattern("^[0-9]+$"),
        "an anchor the schemas would read differently");
  }

  @Test
  void aUserNumberWhoseFormatGivesNoJsonNumberIsAViolationAndNeverWritten() {
    ScalarType<Integer> padded = ScalarType.builder("padded", Integer.class).token(ScalarType.Token.INTEGER)
        .parse(Integer::valueOf).format(i -> String.format(Locale.ROOT, "%04d", i)).build();
    assertEquals(42, padded.parse(padded.format(42)), "reads back, yet 0042 is no JSON integer");
    EntityKind<Shelf> kind = EntityKind.of("shelf", "Shelf", StructType.positional("shelf", Shelf.class,
            values -> new Shelf(values.next(), values.next()))
        .add("id", ValueType.id(), Shelf::id)
        .add("number", padded, Shelf::number)
        .build());
    KindRegistry registry = KindRegistry.of(new DomainModel() {
      @Override
      public String name() {
        return "shelves";
      }

      @Override
      public List<EntityKind<?>> kinds() {
        return List.of(kind);
      }

      @Override
      public List<Codelist> codelists() {
        return List.of();
      }
    });
    Dataset shelves = Dataset.of(registry, List.of(new Shelf(Id.of("s1"), 42)));
    assertEquals(List.of("unwritable-value number"),
        shelves.validate().violations().stream().map(v -> v.code() + " " + v.path()).toList());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> JsonCodec.create(registry).toBytes(shelves));
    assertEquals("padded: its format gave \"0042\", not a JSON integer", e.getMessage());
  }

  /** A shelf with a number its scalar writes badly. */
  record Shelf(Id id, Integer number) implements Entity {}

  @Test
  void violationsOfAcquisitionsCarryTheirEntity() {
    Acquisition heavy = acquisition("a4", null, -1, 60);
    List<Violation> violations = Dataset.of(REGISTRY, List.of(POEMS, heavy)).validate().violations();
    assertEquals(List.of("acquisition:a4 barcode", "acquisition:a4 weightKg"),
        violations.stream().map(v -> v.entity() + " " + v.path()).sorted().toList());
  }
}
