package org.keneya.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonOptions;
import org.keneya.io.json.JsonValues;
import org.keneya.testdomain.Inspection;
import org.keneya.testdomain.Observatory;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Sensor;
import org.keneya.testdomain.Station;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.junit.Property;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.core.JacksonException;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class JacksonModuleTest {
  private static final KindRegistry REGISTRY = Observatory.registry();
  private static final GenSettings SETTINGS = GenSettings.of(REGISTRY);
  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final JsonCodec CODEC = JsonCodec.create(REGISTRY);

  /** A user's own type, holding Keneya values and entities. */
  record Report(String title, Money total, List<Station> items, Optional<Deadline> due) {}

  /** A user's own type holding a whole dataset. */
  record Export(String by, Dataset data) {}

  private static final Station KATI = new Station(Id.of("kati"), LocalizedText.fr("Station synoptique de Kati"),
      Ref.of("operator", "dmn"), List.of(Ref.of("operator", "ird")), Station.Status.ACTIVE, true, 310,
      new BigDecimal("12.745"), null, Money.of(1_250_000L, "XOF"),
      List.of(new Sensor("Vaisala WXT536", LocalDate.of(2019, 5, 2), Period.ofMonths(6))), List.of("synoptique"),
      List.of(Provenance.of("annuaire-2024", "p. 12")));

  // ---- (1) discovery

  @Test
  void findAndAddModulesFindsTheModule() {
    List<JacksonModule> keneya = MAPPER.registeredModules().stream()
        .filter(m -> m.getModuleName().equals(KeneyaJacksonModule.NAME))
        .toList();
    assertEquals(1, keneya.size(), MAPPER.registeredModules().toString());
    assertInstanceOf(KeneyaJacksonModule.class, keneya.get(0));
    assertEquals("keneya", keneya.get(0).getModuleName());
    assertTrue(((KeneyaJacksonModule) keneya.get(0)).registry().kind("station").isPresent(),
        "the default constructor loads every kind on the classpath, a plug-in jar's (the test domain's) included");
  }

  @Test
  void aModuleWithItsOwnRegistryReplacesTheDiscoveredOne() {
    KeneyaJacksonModule own = new KeneyaJacksonModule(REGISTRY);
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().addModule(own).build();
    List<JacksonModule> keneya = mapper.registeredModules().stream()
        .filter(m -> m.getModuleName().equals(KeneyaJacksonModule.NAME))
        .toList();
    assertEquals(List.of(own), keneya);
  }

  // ---- (2) core values alone

  @Test
  void coreValuesAreWrittenAsTheCodecWritesThemAndReadBack() {
    assertValue(ValueType.id(), Id.class, Id.of("dmn"), "\"dmn\"");
    assertValue(ValueType.code("any"), Code.class, Code.of("completed"), "\"completed\"");
    assertValue(ValueType.anyRef(), Ref.class, Ref.of("operator", "dmn"), "\"operator:dmn\"");
    assertValue(ValueType.localizedText(), LocalizedText.class,
        LocalizedText.fr("Complétude des rapports"), "{\"fr\":\"Complétude des rapports\"}");
    assertValue(ValueType.localizedText(), LocalizedText.class,
        LocalizedText.of("fr", "Météo", "en", "Weather"), "{\"en\":\"Weather\",\"fr\":\"Météo\"}");
    assertValue(ValueType.money(), Money.class, Money.of(1_140_657_000L, "XOF"),
        "{\"amount\":1140657000,\"currency\":\"XOF\"}");
    assertValue(ValueType.money(), Money.class, Money.of("12.50", "EUR"), "{\"amount\":12.50,\"currency\":\"EUR\"}");
    assertValue(ValueType.statedRate(), StatedRate.class, StatedRate.of("52%", "52"), null);
    assertValue(ValueType.deadline(), Deadline.class, Deadline.beforeEvent("Avant CT 2018", "CT 2018"), null);
    assertValue(ValueType.deadline(), Deadline.class,
        Deadline.within("dans les 6 prochains mois", Period.ofMonths(6), LocalDate.of(2024, 3, 22)), null);
    assertValue(ValueType.deadline(), Deadline.class, Deadline.onDate("fin mars 2024", LocalDate.of(2024, 3, 31)), null);
    assertValue(ValueType.dateRange(), DateRange.class,
        DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), "{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}");
    assertValue(ValueType.provenance(), Provenance.class, Provenance.of("pao-2024", "p. 12"), null);
  }

  @Test
  void decimalsAreWrittenInPlainNotationWhateverTheMapper() {
    // XXX has no minor unit, so Money keeps the amount's scale: 1E+3 would be written as such.
    Money thousand = Money.of(new BigDecimal("1E+3"), Currency.getInstance("XXX"));
    assertEquals("{\"amount\":1000,\"currency\":\"XXX\"}", MAPPER.writeValueAsString(thousand));
    assertEquals(JsonValues.toJson(ValueType.money(), thousand), MAPPER.writeValueAsString(thousand));
    Money huge = Money.of("123456789012345678", "XOF");
    assertEquals(huge, MAPPER.readValue(MAPPER.writeValueAsString(huge), Money.class), "exact beyond double precision");
  }

  @Property(tries = 200)
  void generatedCoreValuesRoundTripAlone(
      Id id, LocalizedText text, Money money, StatedRate rate, Deadline deadline, DateRange range, Provenance provenance) {
    assertValue(ValueType.id(), Id.class, id, null);
    assertValue(ValueType.localizedText(), LocalizedText.class, text, null);
    assertValue(ValueType.money(), Money.class, money, null);
    assertValue(ValueType.statedRate(), StatedRate.class, rate, null);
    assertValue(ValueType.deadline(), Deadline.class, deadline, null);
    assertValue(ValueType.dateRange(), DateRange.class, range, null);
    assertValue(ValueType.provenance(), Provenance.class, provenance, null);
  }

  // ---- (3) a user's own types

  @Test
  void aUsersRecordOfKeneyaValuesAndEntitiesRoundTrips() {
    Report report = new Report("Suivi 2018", Money.of(1_140_657_000L, "XOF"), List.of(KATI),
        Optional.of(Deadline.onDate("31 décembre 2018", LocalDate.of(2018, 12, 31))));
    String json = MAPPER.writeValueAsString(report);
    assertTrue(json.contains("\"total\":{\"amount\":1140657000,\"currency\":\"XOF\"}"), json);
    assertTrue(json.contains(JsonValues.toJson(Station.KIND.struct(), KATI)), "entities as the codec writes them: " + json);
    assertFalse(json.contains("@class") || json.contains("Immutable"), "no type information: " + json);
    assertEquals(report, MAPPER.readValue(json, Report.class));

    Report none = new Report("Vide", Money.of(0, "XOF"), List.of(), Optional.empty());
    assertEquals(none, MAPPER.readValue(MAPPER.writeValueAsString(none), Report.class));
  }

  @Test
  void entitiesAreReadAlikeFromBytesTextATreeAndEscapedNames() {
    // Bytes are matched to properties from their bytes, text and trees by name: all must agree.
    String json = MAPPER.writeValueAsString(KATI);
    assertEquals(KATI, MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), Station.class));
    assertEquals(KATI, MAPPER.readValue(json, Station.class));
    assertEquals(KATI, MAPPER.treeToValue(MAPPER.readTree(json), Station.class));
    String escaped = json.replace("\"name\"", "\"n\\u0061me\"");
    assertTrue(escaped.contains("n\\u0061me"), escaped);
    assertEquals(KATI, MAPPER.readValue(escaped.getBytes(StandardCharsets.UTF_8), Station.class));
    MismatchedInputException unknown = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(json.replace("\"name\"", "\"nmae\"").getBytes(StandardCharsets.UTF_8), Station.class));
    assertTrue(unknown.getMessage().contains("unknown property \"nmae\""), unknown.getMessage());
  }

  @Test
  void entitiesAreWrittenByTheirKindWhateverTheDeclaredType() {
    String json = JsonValues.toJson(Station.KIND.struct(), KATI);
    assertEquals(json, MAPPER.writeValueAsString(KATI));
    assertEquals(json, MAPPER.writerFor(Station.class).writeValueAsString(KATI));
    assertEquals("[" + json + "]", MAPPER.writeValueAsString(List.<Object>of(KATI)));
    assertEquals(KATI, MAPPER.readValue(json, Station.class));
    assertEquals(Map.of("r", KATI), MAPPER.readValue("{\"r\":" + json + "}",
        MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Station.class)));
  }

  @Test
  void aKindRegisteredByAnotherJarIsWrittenByItsDescriptionNotAsARecord() {
    // the test domain's jar registers its kinds through META-INF/services; MAPPER found them so
    Operator operator = new Operator(Id.of("dmn"), LocalizedText.fr("Mali Météo"), Code.of("agency"),
        "https://malimeteo.ml", LocalDate.of(1921, 1, 1), Currency.getInstance("XOF"));
    String json = MAPPER.writeValueAsString(operator);
    assertEquals("{\"id\":\"dmn\",\"name\":{\"fr\":\"Mali Météo\"},\"type\":\"agency\","
        + "\"website\":\"https://malimeteo.ml\",\"founded\":\"1921-01-01\",\"currency\":\"XOF\"}", json);
    assertEquals(operator, MAPPER.readValue(json, Operator.class));
    Inspection passed = Inspection.of("i1", "kati", "dmn", LocalDate.of(2024, 3, 1));
    String absent = MAPPER.writeValueAsString(passed);
    assertEquals("{\"id\":\"i1\",\"station\":\"kati\",\"inspectors\":[\"dmn\"],\"date\":\"2024-03-01\","
        + "\"result\":\"pass\"}", absent, "absent values left out, not written as the record's nulls");
    assertEquals(passed, MAPPER.readValue(absent, Inspection.class));
  }

  // ---- (4) datasets

  @Test
  void aDatasetIsTheCodecsDocument() {
    Dataset d = Dataset.of(REGISTRY,
        List.of(Operator.of("dmn", "agency", "Mali Météo"), Operator.of("ird", "university", "IRD"), KATI,
            Document.builder().id(Id.of("annuaire-2024")).title(LocalizedText.fr("Annuaire climatologique 2024")).build()));
    byte[] bytes = MAPPER.writeValueAsBytes(d);
    assertArrayEquals(CODEC.toBytes(d), bytes);
    assertEquals(d, MAPPER.readValue(bytes, Dataset.class));
    assertEquals(Dataset.empty(REGISTRY), MAPPER.readValue("{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{}}", Dataset.class));
  }

  @Test
  void datasetsRoundTripThroughTheMapperAsTheCodecsBytes() {
    forAll(100, networks(), d -> {
      byte[] bytes = MAPPER.writeValueAsBytes(d);
      assertArrayEquals(CODEC.toBytes(d), bytes);
      assertEquals(d, MAPPER.readValue(bytes, Dataset.class));
    });
  }

  @Test
  void aDatasetInsideAUsersRecordRoundTripsIndentedToo() {
    ObjectMapper pretty = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    forAll(30, networks(), d -> {
      Export export = new Export("dmn", d);
      String json = pretty.writeValueAsString(export);
      assertEquals(export, MAPPER.readValue(json, Export.class));
      assertEquals(d, CODEC.fromBytes(pretty.writeValueAsBytes(d)));
    });
  }

  // ---- (5) generated entities

  @Test
  void stationsRoundTrip() {
    forAll(200, KeneyaGens.entities(Station.KIND, SETTINGS), s -> assertEntityRoundTrips(Station.KIND, s));
  }

  @Test
  void inspectionsRoundTrip() {
    forAll(200, KeneyaGens.entities(Inspection.KIND, SETTINGS), i -> assertEntityRoundTrips(Inspection.KIND, i));
  }

  /** The mapper writes {@code entity} as the codec does, by its kind, and reads it back. */
  private static <E extends Entity> void assertEntityRoundTrips(EntityKind<E> kind, E entity) {
    String json = MAPPER.writeValueAsString(entity);
    assertEquals(JsonValues.toJson(kind.struct(), entity), json);
    assertEquals(entity, MAPPER.readValue(json, kind.type()));
  }

  // ---- (6) bad input

  @Test
  void aBadCurrencyIsRefusedWithItsReasonAndPlace() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"amount\":1000,\"currency\":\"FCFA\"}", Money.class));
    assertTrue(e.getMessage().contains("not an ISO 4217 currency code: \"FCFA\""), e.getMessage());
    assertTrue(e.getMessage().contains("at /currency (line 1, column 27)"), e.getMessage());
    assertEquals(1, e.getLocation().getLineNr());
    assertEquals(Money.class, e.getTargetType());
    assertInstanceOf(MalformedInputException.class, e.getCause());
  }

  @Test
  void errorsInsideAUsersRecordNameTheJacksonPathToo() {
    String json = "{\"title\":\"t\",\"total\":{\"amount\":\"12\",\"currency\":\"XOF\"},\"items\":[]}";
    JacksonException e = assertThrows(JacksonException.class, () -> MAPPER.readValue(json, Report.class));
    assertTrue(e.getMessage().contains("expected a number, found a string"), e.getMessage());
    assertTrue(e.getMessage().contains("\"total\""), e.getMessage());
  }

  @Test
  void entitiesAreReadAsStrictlyAsByTheCodec() {
    String good = JsonValues.toJson(Station.KIND.struct(), KATI);
    JacksonException unknown = assertThrows(JacksonException.class,
        () -> MAPPER.readValue(good.replace("{\"id\"", "{\"colour\":\"red\",\"id\""), Station.class));
    assertTrue(unknown.getMessage().contains("unknown property \"colour\" in station"), unknown.getMessage());

    JacksonException missing = assertThrows(JacksonException.class,
        () -> MAPPER.readValue("{\"id\":\"s1\",\"operator\":\"dmn\"}", Station.class));
    assertTrue(missing.getMessage().contains("missing required property \"name\""), missing.getMessage());

    JacksonException nul = assertThrows(JacksonException.class,
        () -> MAPPER.readValue(good.replace("\"elevation\":310", "\"elevation\":null"), Station.class));
    assertTrue(nul.getMessage().contains("null is not allowed") && nul.getMessage().contains("/elevation"),
        nul.getMessage());

    JacksonException badId = assertThrows(JacksonException.class, () -> MAPPER.readValue("\"Not An Id\"", Id.class));
    assertTrue(badId.getMessage().contains("Not An Id"), badId.getMessage());

    JacksonException syntax = assertThrows(JacksonException.class,
        () -> MAPPER.readValue("{\"amount\":1000,\"currency\" \"XOF\"}", Money.class));
    assertFalse(syntax instanceof MismatchedInputException, "a syntax error stays Jackson's own: " + syntax);
  }

  @Test
  void keneyaValuesStayStrictThoughJackson3SkipsUnknownPropertiesByDefault() {
    assertFalse(MAPPER.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    assertEquals(Money.of(1, "XOF"), MAPPER.readValue(
        "{\"title\":\"t\",\"colour\":1,\"total\":{\"amount\":1,\"currency\":\"XOF\"}}", Report.class).total());
    JacksonException e = assertThrows(JacksonException.class, () -> MAPPER.readValue(
        "{\"title\":\"t\",\"total\":{\"amount\":1,\"colour\":1,\"currency\":\"XOF\"}}", Report.class));
    assertTrue(e.getMessage().contains("unknown property \"colour\" in money"), e.getMessage());
  }

  @Test
  void keneyaValuesReadThroughAMapperStayWithinTheModulesReadLimits() {
    JacksonException surrogate = assertThrows(JacksonException.class,
        () -> MAPPER.readValue("{\"fr\":\"a\\ud800\"}", LocalizedText.class));
    assertTrue(surrogate.getMessage().contains("at /fr") && surrogate.getMessage().contains("lone UTF-16 surrogate"),
        surrogate.getMessage());
    JacksonException exponent = assertThrows(JacksonException.class,
        () -> MAPPER.readValue("{\"amount\":1e-2147483648,\"currency\":\"XOF\"}", Money.class));
    assertTrue(exponent.getMessage().contains("maxNumberLength"), exponent.getMessage());
    assertEquals(Money.of(100, "XOF"), MAPPER.readValue("{\"amount\":1E+2,\"currency\":\"XOF\"}", Money.class));

    ObjectMapper shortTexts = JsonMapper.builder().addModule(new KeneyaJacksonModule(REGISTRY,
        JsonOptions.defaults().limits(org.keneya.core.codec.ReadLimits.builder().maxTextLength(5).build()))).build();
    JacksonException tooLong = assertThrows(JacksonException.class,
        () -> shortTexts.readValue("{\"fr\":\"abcdef\"}", LocalizedText.class));
    assertTrue(tooLong.getMessage().contains("maxTextLength = 5"), tooLong.getMessage());
  }

  @Test
  void unknownPropertiesAreSkippedWhenTheModulesOptionsSaySo() {
    ObjectMapper lenient = JsonMapper.builder()
        .addModule(new KeneyaJacksonModule(REGISTRY, JsonOptions.defaults().ignoreUnknownProperties(true)))
        .build();
    String json = JsonValues.toJson(Station.KIND.struct(), KATI).replace("{\"id\"", "{\"colour\":[1,{}],\"id\"");
    assertEquals(KATI, lenient.readValue(json, Station.class));
    assertEquals(Dataset.empty(REGISTRY), lenient.readValue(
        "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\"unicorn\":[]},\"extra\":true}", Dataset.class));
  }

  @Test
  void aBadDatasetIsRefusedAsTheCodecRefusesIt() {
    // A station without its operator: the reference to the operator dangles.
    String dangling = new String(CODEC.toBytes(Dataset.of(REGISTRY, List.of(KATI))), StandardCharsets.UTF_8);
    JacksonException e = assertThrows(JacksonException.class,
        () -> MAPPER.readValue("{\"by\":\"dmn\",\n\"data\":" + dangling + "}", Export.class));
    assertTrue(e.getMessage().contains("invalid Keneya dataset"), e.getMessage());
    assertTrue(e.getMessage().contains("/kinds/station/0"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2, column 8"), e.getMessage());

    JacksonException version = assertThrows(JacksonException.class, () -> MAPPER.readValue(
        "{\"format\":\"keneya-dataset\",\"version\":2,\"kinds\":{}}", Dataset.class));
    assertTrue(version.getMessage().contains("unsupported version 2"), version.getMessage());

    JacksonException duplicate = assertThrows(JacksonException.class, () -> MAPPER.readValue(
        "{\"format\":\"keneya-dataset\",\"version\":1,\"version\":1,\"kinds\":{}}", Dataset.class));
    assertTrue(duplicate.getMessage().contains("version"), duplicate.getMessage());
  }

  // ---- (7) version

  @Test
  void theReportedVersionIsTheProjectVersion() throws Exception {
    Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml")).getDocumentElement();
    String projectVersion = element(pom, "version")
        .or(() -> element(pom, "parent").flatMap(parent -> element(parent, "version")))
        .orElseThrow()
        .getTextContent()
        .trim();
    Version version = new KeneyaJacksonModule(REGISTRY).version();
    assertEquals(projectVersion, version.toString());
    assertEquals(projectVersion.endsWith("-SNAPSHOT"), version.isSnapshot());
    assertEquals("org.keneya", version.getGroupId());
    assertEquals("keneya-jackson", version.getArtifactId());
    assertFalse(version.isUnknownVersion());
    JacksonModule registered = MAPPER.registeredModules().stream()
        .filter(m -> m.getModuleName().equals("keneya")).findFirst().orElseThrow();
    assertEquals(version, registered.version());
  }

  // ---- helpers

  /** Whole networks of the test domain's registry. */
  private static Gen<Dataset> networks() {
    return KeneyaGens.datasets(SETTINGS).withCount("station", 2, 5).withCount("inspection", 2, 6);
  }

  /** {@code property} over {@code tries} values of {@code gen}, as {@code @Property} checks it ({@code -Dkeneya.seed}). */

  /** The mapper writes what the codec writes (and {@code expected}, if given) and reads it back. */
  private static <T> void assertValue(ValueType<T> type, Class<?> declared, T value, String expected) {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(JsonValues.toJson(type, value), json, type.describe());
    if (expected != null) {
      assertEquals(expected, json);
    }
    assertEquals(value, MAPPER.readValue(json, declared), json);
    assertEquals(value, MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), declared), json);
  }

  private static Optional<Element> element(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return Optional.of((Element) n);
      }
    }
    return Optional.empty();
  }
}
