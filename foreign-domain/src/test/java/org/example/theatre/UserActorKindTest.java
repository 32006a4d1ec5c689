package org.example.theatre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.example.library.LibraryModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonLinesReader;
import org.keneya.io.json.JsonSchemas;
import org.keneya.jackson.KeneyaJacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's own kind named {@code actor}, with no health model anywhere on the class path (the
 * module's build bans it), in a registry of the user's choosing — the theatre's kinds beside the
 * lending library's — goes end to end: validation, JSON, JSON Lines, the Jackson module given
 * that registry, CSV with its {@code datapackage.json}, the JSON Schema and the Table Schema.
 */
class UserActorKindTest {
  /** The models the user chooses: none is found on the class path. */
  private static final KindRegistry REGISTRY = KindRegistry.of(new LibraryModel(), new TheatreModel());

  private static final Actor AWA = new Actor(Id.of("awa"), "Awa Diarra", "Awa D.", LocalDate.of(2009, 10, 3),
      Code.of("snapac"), List.of("fr", "bm"), null);
  private static final Actor JEAN = new Actor(Id.of("jean"), "Jean « Jeannot » Traoré", null, LocalDate.of(2018, 2, 14),
      null, List.of(), Ref.of("actor", "awa"));
  private static final Role LEAR = new Role(Id.of("lear"), LocalizedText.of("en", "King Lear", "fr", "Le Roi Lear"),
      "King Lear", Ref.of("actor", "awa"), 42);
  private static final Role FOOL = new Role(Id.of("fool"), LocalizedText.fr("Le Fou; \"sage\""), "King Lear",
      Ref.of("actor", "jean"), 40);

  private static Dataset company() {
    return Dataset.of(REGISTRY, List.of(AWA, JEAN, LEAR, FOOL));
  }

  @Test
  void theUsersActorIsTheRegistrysAndNoHealthTypeIsOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.keneya.model.Actor"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.keneya.model.HealthModel"));
    assertEquals(List.of("document", "member", "book", "loan", "fee", "acquisition", "actor", "role"),
        REGISTRY.kinds().stream().map(EntityKind::name).toList());
    assertEquals(Actor.KIND, REGISTRY.kindOf(Actor.class).orElseThrow());
    assertEquals(List.of("id", "name", "stageName", "debut", "guild", "languages", "mentor"),
        REGISTRY.requireKind("actor").struct().properties().stream().map(p -> p.name()).toList());
    assertFalse(KindRegistry.load().kind("actor").isPresent(),
        "the theatre model is not on the class path's list: only a registry its user builds has it");
  }

  @Test
  void theCompanyValidatesAndAnActorsBrokenReferencesCodesAndRuleAreReported() {
    assertEquals(List.of(), company().validate().violations());
    Actor selfTaught = new Actor(Id.of("moussa"), "Moussa", null, LocalDate.of(2020, 1, 1), Code.of("actors-union"),
        List.of("fr"), Ref.of("actor", "moussa"));
    Role orphan = new Role(Id.of("edgar"), LocalizedText.en("Edgar"), "King Lear", Ref.of("actor", "nobody"), 3);
    List<Violation> violations = Dataset.of(REGISTRY, List.of(selfTaught, orphan)).validate().violations();
    assertEquals(List.of("dangling-reference role:edgar actor", "own-mentor actor:moussa mentor", "unknown-code actor:moussa guild"),
        violations.stream().map(v -> v.code() + " " + v.entity() + " " + v.path()).sorted().toList(), violations::toString);
  }

  @Test
  void theCompanyRoundTripsThroughJsonAndJsonLinesAsTheUsersTypes() {
    Dataset company = company();
    JsonCodec json = JsonCodec.create(REGISTRY);
    byte[] bytes = json.toBytes(company);
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\"stageName\":\"Awa D.\""));
    Dataset back = json.fromBytes(bytes);
    assertEquals(company, back);
    assertEquals(List.of(AWA, JEAN), back.entities(Actor.class));

    byte[] lines = JsonLines.toBytes(company);
    assertEquals(company, JsonLines.fromBytes(lines, REGISTRY));
    assertEquals(company, JsonLines.read(new ByteArrayInputStream(lines), REGISTRY));
    List<Entity> streamed = new ArrayList<>();
    try (JsonLinesReader reader = JsonLines.reader(new ByteArrayInputStream(lines), "company.jsonl", REGISTRY)) {
      reader.forEachRemaining(streamed::add);
    }
    assertEquals(company.entities(), streamed);
    assertEquals(List.of(AWA, JEAN), streamed.subList(0, 2));
  }

  @Test
  void aMapperGivenTheUsersRegistryWritesTheCodecsBytesAndReadsTheUsersActor() {
    JsonMapper mapper = JsonMapper.builder().addModule(new KeneyaJacksonModule(REGISTRY)).build();
    Dataset company = company();
    byte[] bytes = mapper.writeValueAsBytes(company);
    assertArrayEquals(JsonCodec.create(REGISTRY).toBytes(company), bytes);
    assertEquals(company, mapper.readValue(bytes, Dataset.class));
    String jean = mapper.writeValueAsString(JEAN);
    assertEquals("{\"id\":\"jean\",\"name\":\"Jean « Jeannot » Traoré\",\"debut\":\"2018-02-14\",\"mentor\":\"awa\"}",
        jean, "absent values and empty lists left out, the mentor a reference to the user's kind");
    assertEquals(JEAN, mapper.readValue(jean, Actor.class));
    Cast cast = new Cast("King Lear", List.of(AWA, JEAN));
    assertEquals(cast, mapper.readValue(mapper.writeValueAsString(cast), Cast.class), "actors inside the user's own class");
  }

  /** A class of the user's own holding actors, as an application's API would. */
  record Cast(String play, List<Actor> actors) {}

  @Test
  void theCompanyRoundTripsThroughCsvFoldersAndZipsWithItsDataPackage(@TempDir Path dir) throws IOException {
    Dataset company = company();
    CsvCodec csv = CsvCodec.create(REGISTRY, CsvOptions.defaults().delimiter(';').bom(true));
    Path folder = dir.resolve("company");
    csv.writeFolder(company, folder);
    assertTrue(Files.isRegularFile(folder.resolve(CsvCodec.DATA_PACKAGE)));
    assertEquals("\uFEFFid;name;stageName;debut;guild;languages;mentor",
        Files.readAllLines(folder.resolve("actor.csv"), StandardCharsets.UTF_8).get(0));
    assertEquals(company, csv.readFolder(folder));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(company, zip);
    assertEquals(company, csv.readZip(new ByteArrayInputStream(zip.toByteArray())));
    assertEquals(company, CsvCodec.create(REGISTRY).readZip(new ByteArrayInputStream(zip.toByteArray())),
        "a reader with default options reads the descriptor's dialect");
  }

  @Test
  void theTableSchemaDescribesTheUsersActorAndTheRoleRefersToIt() {
    JsonNode descriptor = JsonMapper.shared().readTree(CsvCodec.create(REGISTRY).dataPackage(company()));
    JsonNode actor = resource(descriptor, "actor");
    assertEquals("actor.csv", actor.at("/path").asString());
    JsonNode fields = actor.at("/schema/fields");
    assertEquals(List.of("id", "name", "stageName", "debut", "guild", "languages", "mentor"),
        StreamSupport.stream(fields.spliterator(), false).map(f -> f.at("/name").asString()).toList());
    assertEquals("date", fields.get(3).at("/type").asString());
    assertEquals(List.of("equity", "snapac"),
        StreamSupport.stream(fields.get(4).at("/constraints/enum").spliterator(), false).map(JsonNode::asString).toList());
    assertEquals("actor", actor.at("/schema/foreignKeys/0/reference/resource").asString(), "the mentor");
    assertTrue(actor.at("/description").asString().contains("own-mentor: an actor is not their own mentor"));
    JsonNode role = resource(descriptor, "role");
    assertEquals("actor", role.at("/schema/foreignKeys/0/fields").asString());
    assertEquals("actor", role.at("/schema/foreignKeys/0/reference/resource").asString());
  }

  private static JsonNode resource(JsonNode descriptor, String name) {
    for (JsonNode resource : descriptor.at("/resources")) {
      if (resource.at("/name").asString().equals(name)) {
        return resource;
      }
    }
    throw new AssertionError("no resource " + name + " in " + descriptor);
  }

  @Test
  void theJsonSchemaOfTheUsersRegistryAcceptsTheCompanyAndRefusesABrokenActor() {
    String datasetSchema = JsonSchemas.dataset(REGISTRY);
    JsonNode tree = JsonMapper.shared().readTree(datasetSchema);
    assertEquals("#/$defs/actor", tree.at("/properties/kinds/properties/actor/items/$ref").asString());
    assertTrue(tree.at("/$defs/actor/properties/stageName").isObject());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(datasetSchema);
    String json = new String(JsonCodec.create(REGISTRY).toBytes(company()), StandardCharsets.UTF_8);
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList());
    String unknownGuild = json.replace("\"guild\":\"snapac\"", "\"guild\":\"actors-union\"");
    assertFalse(unknownGuild.equals(json));
    assertFalse(schema.validate(unknownGuild, InputFormat.JSON).isEmpty(), "a guild not in the codelist is refused");
    assertEquals(List.of("unknown-code actor:awa guild"),
        JsonCodec.create(REGISTRY).fromBytes(unknownGuild.getBytes(StandardCharsets.UTF_8)).validate().violations().stream()
            .map(v -> v.code() + " " + v.entity() + " " + v.path()).toList(), "which the codec reads and validation reports");
    String blankName = json.replace("\"name\":\"Awa Diarra\"", "\"name\":\" \"");
    assertFalse(blankName.equals(json));
    assertFalse(schema.validate(blankName, InputFormat.JSON).isEmpty(), "a blank name is refused");
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> JsonCodec.create(REGISTRY)
        .read(new ByteArrayInputStream(blankName.getBytes(StandardCharsets.UTF_8)), "company.json"));
    assertEquals("/kinds/actor/0/name", e.place().path().orElseThrow(), e::getMessage);

    Schema lineSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonSchemas.lines(REGISTRY));
    for (String line : new String(JsonLines.toBytes(company()), StandardCharsets.UTF_8).split("\n")) {
      assertEquals(List.of(), lineSchema.validate(line, InputFormat.JSON).stream().map(Error::toString).toList(), line);
    }
  }
}
