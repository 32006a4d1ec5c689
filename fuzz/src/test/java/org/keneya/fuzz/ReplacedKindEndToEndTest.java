package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.Property;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonLinesReader;
import org.keneya.io.json.JsonSchemas;
import org.keneya.jackson.KeneyaJacksonModule;
import org.keneya.model.Actor;
import org.keneya.model.HealthModel;
import org.keneya.model.Recommendation;
import org.keneya.seeds.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With the health model, a user replaces its {@code actor} by their own {@link UserActor} (every
 * property of the health actor and two more) and core's {@code document} by their own {@link
 * UserDocument}, with {@code KindRegistry.builder()…replaceKind(…)}. The seeds, their actors and
 * documents made the user's types, stay valid — the health recommendations' leads, budgets' owners
 * and every provenance resolving to the user's entities — and go through every codec (JSON, JSON
 * Lines, the Jackson module, CSV with its {@code datapackage.json}) and back equal, as the user's
 * types; both schemas show the user's properties.
 */
class ReplacedKindEndToEndTest {
  private static final KindRegistry REPLACED = KindRegistry.builder()
      .add(new HealthModel())
      .replaceKind(UserActor.KIND)
      .replaceKind(UserDocument.KIND)
      .build();

  /** The seeds, each health actor and core document made the user's, with the user's properties. */
  private static final Dataset DATASET = usersSeeds();

  private static Dataset usersSeeds() {
    List<Entity> entities = new ArrayList<>();
    int n = 0;
    for (Entity e : Seeds.load().entities()) {
      n++;
      if (e instanceof Actor a) {
        entities.add(new UserActor(a.id(), a.type(), a.name(), a.acronym().orElse(null), a.aliases(), a.level().orElse(null),
            a.parent().map(p -> Ref.<UserActor>of("actor", p.id().value())).orElse(null), a.title().orElse(null),
            a.provenance(), n % 3 == 0 ? null : a.id().value() + "@example.org", n * 7 % 500));
      } else if (e instanceof Document d) {
        entities.add(new UserDocument(d.id(), d.title(), d.issued().orElse(null), d.publisher().orElse(null),
            d.file().orElse(null), "https://example.org/documents/" + d.id().value(),
            n % 2 == 0 ? List.of() : List.of("planning", "santé « communautaire »")));
      } else {
        entities.add(e);
      }
    }
    return Dataset.of(REPLACED, entities);
  }

  @Test
  void theUsersActorAndDocumentTakeThePlaceOfTheHealthAndCoreKinds() {
    assertSame(UserActor.KIND, REPLACED.requireKind("actor"));
    assertSame(UserDocument.KIND, REPLACED.requireKind("document"));
    assertEquals(Optional.empty(), REPLACED.kindOf(Actor.class), "the health actor is no longer a registered type");
    assertEquals(Optional.empty(), REPLACED.kindOf(Document.class), "nor core's document");
    assertEquals(KindRegistry.of(new HealthModel()).kinds().stream().map(EntityKind::name).toList(),
        REPLACED.kinds().stream().map(EntityKind::name).toList(), "the same kinds, in the same order");
    List<String> health = names(Actor.KIND);
    List<String> users = names(UserActor.KIND);
    assertEquals(health, users.subList(0, health.size()), "every property of the health actor");
    assertEquals(List.of("email", "staff"), users.subList(health.size(), users.size()), "and the user's two");
    Actor healthActor = Actor.builder().from(Seeds.load().entities(Actor.class).get(0)).build();
    DomainModelException e = assertThrows(DomainModelException.class, () -> Dataset.of(REPLACED, List.of(healthActor)));
    assertTrue(e.getMessage().startsWith("no registered kind describes org.keneya.model."), e::getMessage);
  }

  private static List<String> names(EntityKind<?> kind) {
    return kind.properties().stream().map(Property::name).toList();
  }

  @Test
  void theSeedsWithTheUsersActorsAndDocumentsValidateAndTheirReferencesResolveToTheUsersEntities() {
    assertEquals(Seeds.load().size(), DATASET.size());
    assertEquals(Seeds.load().entities(Actor.class).size(), DATASET.entities(UserActor.class).size());
    assertEquals(List.of(), DATASET.validate().errors(), () -> DATASET.validate().toString());
    assertEquals(Seeds.report().warnings().size(), DATASET.validate().warnings().size(), "the seeds' own warnings, no more");

    Recommendation led = DATASET.entities(Recommendation.class).stream().filter(r -> !r.lead().isEmpty()).findFirst().orElseThrow();
    Ref<?> lead = led.lead().get(0);
    assertInstanceOf(UserActor.class, DATASET.get(lead).orElseThrow(), "a health recommendation's lead is the user's actor");
    Ref<?> cited = led.provenance().get(0).document();
    assertInstanceOf(UserDocument.class, DATASET.get(cited).orElseThrow(), "its provenance, the user's document");

    Dataset one = DATASET.subset(e -> e == led);
    assertTrue(one.contains(lead) && one.contains(cited), "a subset takes the user's entities it refers to");
    assertInstanceOf(UserDocument.class, one.get(cited).orElseThrow());
    assertEquals(List.of(), one.validate().errors());

    Dataset withoutTheDocument = without(e -> e instanceof UserDocument d && d.id().equals(cited.id()));
    List<Violation> dangling = withoutTheDocument.validate().errors();
    assertFalse(dangling.isEmpty());
    for (Violation v : dangling) {
      assertEquals("dangling-reference", v.code(), v::toString);
      assertTrue(v.path().startsWith("provenance["), v::toString);
      assertTrue(v.message().contains(cited.toString()), v::toString);
    }
  }

  @Test
  void aDatasetOfTheUsersActorsRoundTripsThroughJsonAsTheUsersTypes() {
    JsonCodec json = JsonCodec.create(REPLACED);
    byte[] bytes = json.toBytes(DATASET);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("@example.org\""), "the user's actors are written with their email");
    assertTrue(text.contains("\"url\":\"https://example.org/documents/"), "the user's documents with their url");
    Dataset back = json.fromBytes(bytes);
    assertEquals(DATASET, back);
    assertEquals(DATASET.entities(UserActor.class), back.entities(UserActor.class));
    assertEquals(DATASET.entities(UserDocument.class), back.entities(UserDocument.class));
    assertEquals(List.of(), back.entities(Actor.class));
    assertArrayEquals(bytes, json.toBytes(back));
  }

  @Test
  void aDatasetOfTheUsersActorsRoundTripsThroughJsonLinesAsTheUsersTypes() {
    byte[] lines = JsonLines.toBytes(DATASET);
    assertEquals(DATASET, JsonLines.fromBytes(lines, REPLACED));
    List<Entity> streamed = new ArrayList<>();
    try (JsonLinesReader reader = JsonLines.reader(new ByteArrayInputStream(lines), "replaced.jsonl", REPLACED)) {
      reader.forEachRemaining(streamed::add);
    }
    assertEquals(DATASET.entities(), streamed);
    assertTrue(streamed.stream().anyMatch(UserActor.class::isInstance));
    assertTrue(streamed.stream().noneMatch(Actor.class::isInstance));
  }

  @Test
  void aMapperGivenTheReplacingRegistryWritesTheCodecsBytesAndReadsTheUsersTypes() {
    JsonMapper mapper = JsonMapper.builder().addModule(new KeneyaJacksonModule(REPLACED)).build();
    byte[] bytes = mapper.writeValueAsBytes(DATASET);
    assertArrayEquals(JsonCodec.create(REPLACED).toBytes(DATASET), bytes);
    assertEquals(DATASET, mapper.readValue(bytes, Dataset.class));
    for (UserActor actor : DATASET.entities(UserActor.class)) {
      assertEquals(actor, mapper.readValue(mapper.writeValueAsString(actor), UserActor.class));
    }
    UserDocument document = DATASET.entities(UserDocument.class).get(0);
    assertEquals(document, mapper.readValue(mapper.writeValueAsBytes(document), UserDocument.class));
    Recommendation recommendation = DATASET.entities(Recommendation.class).get(0);
    assertEquals(recommendation, mapper.readValue(mapper.writeValueAsBytes(recommendation), Recommendation.class),
        "the health kinds beside them, unchanged");
  }

  @Test
  void aDatasetOfTheUsersActorsRoundTripsThroughCsvFoldersAndZipsWithTheirDataPackage(@TempDir Path dir) throws IOException {
    CsvCodec csv = CsvCodec.create(REPLACED, CsvOptions.defaults().delimiter(';'));
    Path folder = dir.resolve("replaced");
    csv.writeFolder(DATASET, folder);
    assertTrue(Files.isRegularFile(folder.resolve(CsvCodec.DATA_PACKAGE)));
    String actors = Files.readAllLines(folder.resolve("actor.csv"), StandardCharsets.UTF_8).get(0);
    assertTrue(actors.endsWith(";provenance;email;staff"), actors);
    String documents = Files.readAllLines(folder.resolve("document.csv"), StandardCharsets.UTF_8).get(0);
    assertTrue(documents.endsWith(";url;keywords"), documents);
    Dataset back = csv.readFolder(folder);
    assertEquals(DATASET, back);
    assertEquals(DATASET.entities(UserActor.class), back.entities(UserActor.class));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CsvCodec.create(REPLACED).writeZip(DATASET, zip);
    assertEquals(DATASET, CsvCodec.create(REPLACED).readZip(new ByteArrayInputStream(zip.toByteArray())));
  }

  @Test
  void theTableSchemaShowsTheUsersPropertiesAndTheHealthKindsReferToTheUsersActor() {
    JsonNode descriptor = JsonMapper.shared().readTree(CsvCodec.create(REPLACED).dataPackage(DATASET));
    List<String> actorFields = fields(resource(descriptor, "actor"));
    assertTrue(actorFields.containsAll(List.of("email", "staff")), actorFields::toString);
    assertTrue(fields(resource(descriptor, "document")).contains("url"));
    JsonNode email = field(resource(descriptor, "actor"), "email");
    assertEquals("[^@\\s]+@[^@\\s]+", email.at("/constraints/pattern").asString());
    assertEquals(0, field(resource(descriptor, "actor"), "staff").at("/constraints/minimum").asInt());
    List<String> toActors = new ArrayList<>();
    for (JsonNode resource : descriptor.at("/resources")) {
      for (JsonNode key : resource.at("/schema/foreignKeys")) {
        if (key.at("/reference/resource").asString().equals("actor")) {
          toActors.add(resource.at("/name").asString() + "." + key.at("/fields").asString());
        }
      }
    }
    assertTrue(toActors.containsAll(List.of("actor.parent", "budget.owner")), toActors::toString);
  }

  private static List<String> fields(JsonNode resource) {
    return StreamSupport.stream(resource.at("/schema/fields").spliterator(), false).map(f -> f.at("/name").asString()).toList();
  }

  private static JsonNode field(JsonNode resource, String name) {
    for (JsonNode field : resource.at("/schema/fields")) {
      if (field.at("/name").asString().equals(name)) {
        return field;
      }
    }
    throw new AssertionError("no field " + name + " in " + resource);
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
  void theJsonSchemaShowsTheUsersPropertiesAndAcceptsTheExport() {
    String datasetSchema = JsonSchemas.dataset(REPLACED);
    JsonNode tree = JsonMapper.shared().readTree(datasetSchema);
    assertTrue(tree.at("/$defs/actor/properties/email").isObject(), datasetSchema);
    assertTrue(tree.at("/$defs/actor/properties/staff").isObject());
    assertTrue(tree.at("/$defs/document/properties/url").isObject());
    assertTrue(tree.at("/$defs/document/properties/keywords").isObject());
    assertFalse(JsonMapper.shared().readTree(JsonSchemas.dataset(KindRegistry.of(new HealthModel())))
        .at("/$defs/actor/properties/email").isObject(), "which the health actor has not");
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(datasetSchema);
    String json = new String(JsonCodec.create(REPLACED).toBytes(DATASET), StandardCharsets.UTF_8);
    assertEquals(List.of(), schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList());
    String broken = json.replaceFirst("\"staff\":[0-9]+", "\"staff\":-1");
    assertFalse(broken.equals(json));
    assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty(), "a negative staff is refused");
    assertTrue(JsonSchemas.lines(REPLACED).contains("\"email\""));
  }

  @Test
  void aProvenanceBuiltByTheHealthModelsCodeResolvesToTheUsersOwnDocument() {
    UserDocument mine = new UserDocument(Id.of("my-report"), LocalizedText.fr("Mon rapport"), null, null, null,
        "https://example.org/my-report", List.of("rapport"));
    Recommendation original = DATASET.entities(Recommendation.class).get(0);
    Recommendation citesMine = Recommendation.builder().from(original)
        .provenance(List.of(Provenance.of("my-report", "p. 3"))).build();
    Dataset changed = without(e -> e == original).merge(Dataset.of(REPLACED, List.of(mine, citesMine)));
    assertEquals(List.of(), changed.validate().errors(), () -> changed.validate().toString());
    assertSame(mine, changed.get(citesMine.provenance().get(0).document()).orElseThrow());
    JsonCodec json = JsonCodec.create(REPLACED);
    Dataset back = json.fromBytes(json.toBytes(changed));
    assertEquals(changed, back);
    assertEquals(mine, back.get(citesMine.provenance().get(0).document()).orElseThrow());
  }

  /** The dataset without the entities {@code drop} accepts (and nothing else: no reference is followed). */
  private static Dataset without(java.util.function.Predicate<Entity> drop) {
    return Dataset.of(REPLACED, DATASET.entities().stream().filter(drop.negate()).toList());
  }
}
