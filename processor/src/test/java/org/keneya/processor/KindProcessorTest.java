package org.keneya.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.FollowUpRoles;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/** Compiles sources in memory with the processor (and Immutables') and checks what it generates or refuses. */
class KindProcessorTest {
  @TempDir
  Path out;

  private static final String IMPORTS = String.join("\n",
      "import java.math.BigDecimal;",
      "import java.time.LocalDate;",
      "import java.util.List;",
      "import java.util.Map;",
      "import java.util.Optional;",
      "import org.jspecify.annotations.Nullable;",
      "import org.keneya.core.annotation.*;",
      "import org.keneya.core.kind.*;",
      "import org.keneya.core.value.*;",
      "");

  /** The outcome of one compilation: its errors, and a class loader over what it wrote. */
  private record Compiled(boolean ok, List<String> errors, ClassLoader loader) {}

  private Compiled compile(Map<String, String> sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new SimpleJavaFileObject(
        java.net.URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return "package demo;\n" + IMPORTS + text;
      }
    }));
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", out.toString(), "-s", out.toString(), "-classpath",
          System.getProperty("java.class.path"), "--release", "17", "-Xlint:all,-processing");
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options, null, units);
      task.setProcessors(List.of(new KindProcessor(), new org.immutables.processor.ProxyProcessor()));
      boolean ok = task.call();
      List<String> errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      return new Compiled(ok, errors, new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader()));
    }
  }

  private static Object field(ClassLoader loader, String className, String field) throws ReflectiveOperationException {
    Field f = loader.loadClass(className).getField(field);
    return f.get(null);
  }

  private static List<String> names(StructType<?> type) {
    return type.properties().stream().map(Property::name).collect(Collectors.toList());
  }

  private static final String NOTE = String.join("\n",
      "/** A note. */",
      "@Kind(name = \"note\", label = \"Note\")",
      "public record Note(Id id, @NonBlank String title, @CodeOf(\"topic\") Code topic, Level level,",
      "    @Nullable @AtLeast(0) Integer pages, Optional<LocalDate> due, @NotEmpty @UniqueItems List<Ref<Note>> seeAlso,",
      "    @Nullable @AnyKind Ref<?> about, @Nullable @RequiredWhen(property = \"level\", value = \"high\") Part part,",
      "    List<Part> parts, boolean pinned, @Nullable @DecimalRange(min = \"-1.5\") BigDecimal score) implements Entity {",
      "  public enum Level { LOW, HIGH }",
      "  public static final EntityKind<Note> KIND = NoteDescription.KIND;",
      "  @KindRule(description = \"a pinned note has a part\", codes = {\"pinned-without-part\"})",
      "  static void checkPinned(Note note, Rule.Context context) {}",
      "}",
      "");

  private static final String PART = String.join("\n",
      "/** A part. */",
      "@Struct(\"part\")",
      "public record Part(@Pattern(\"[a-z]+\") String name, @Nullable @Between(min = 1, max = 9) Integer order) {}",
      "");

  @Test
  void aRecordIsDescribedInDeclarationOrder() throws Exception {
    Compiled compiled = compile(Map.of("demo.Note", NOTE, "demo.Part", PART));
    assertTrue(compiled.ok(), compiled.errors().toString());
    EntityKind<?> kind = (EntityKind<?>) field(compiled.loader(), "demo.Note", "KIND");
    assertEquals("note", kind.name());
    assertEquals("Note", kind.label());
    assertEquals(List.of("id", "title", "topic", "level", "pages", "due", "seeAlso", "about", "part", "parts", "pinned",
        "score"), names(kind.struct()));
    assertEquals(ValueType.code("topic"), kind.property("topic").orElseThrow().type());
    assertEquals(ValueType.list(ValueType.ref("note")), kind.property("seeAlso").orElseThrow().type());
    assertEquals(ValueType.optional(ValueType.anyRef()), kind.property("about").orElseThrow().type());
    assertEquals(ValueType.optional(ValueType.date()), kind.property("due").orElseThrow().type());
    assertEquals(ValueType.bool(), kind.property("pinned").orElseThrow().type());
    assertEquals(List.of(Constraint.notEmpty(), Constraint.uniqueItems()), kind.property("seeAlso").orElseThrow().constraints());
    assertEquals(List.of(Constraint.requiredWhen("level", "high")), kind.property("part").orElseThrow().constraints());
    assertEquals(List.of(Constraint.range(new java.math.BigDecimal("-1.5"), null)),
        kind.property("score").orElseThrow().constraints());
    assertEquals(List.of("pinned-without-part"), kind.rules().get(0).codes());
    StructType<?> part = (StructType<?>) field(compiled.loader(), "demo.PartDescription", "TYPE");
    assertEquals(List.of("name", "order"), names(part));
    assertEquals(List.of(Constraint.between(1, 9)), part.property("order").orElseThrow().constraints());
    assertEquals(part, ((org.keneya.core.kind.ListType<?>) kind.property("parts").orElseThrow().type()).element());

    // Built by name through the canonical constructor: each value lands in its own component.
    Class<?> level = compiled.loader().loadClass("demo.Note$Level");
    Object low = level.getEnumConstants()[0];
    Object note = kind.create(new Object[] {Id.of("n1"), "Title", Code.of("t"), low, 3, Optional.of(LocalDate.of(2026, 1, 2)),
        List.of(Ref.of("note", "n2")), null, null, List.of(), true, null});
    assertEquals("Note[id=n1, title=Title, topic=t, level=LOW, pages=3, due=Optional[2026-01-02], seeAlso=[note:n2],"
        + " about=null, part=null, parts=[], pinned=true, score=null]", note.toString());
  }

  private static final String PERSON = String.join("\n",
      "import org.immutables.value.Value;",
      "/** A person. */",
      "@org.keneya.core.KeneyaStyle",
      "@Value.Immutable",
      "@Kind(name = \"person\")",
      "public abstract class Person implements Entity {",
      "  public static final EntityKind<Person> KIND = PersonDescription.KIND;",
      "  @NonBlank public abstract String name();",
      "  abstract @Nullable String nicknameOrNull();",
      "  public Optional<String> nickname() { return Optional.ofNullable(nicknameOrNull()); }",
      "  @UniqueItems public abstract List<String> tags();",
      "  public abstract int age();",
      "  public String display() { return name(); }",
      "}",
      "");

  @Test
  void anImmutablesTypeIsDescribedInDeclarationOrderAndBuiltByName() throws Exception {
    Compiled compiled = compile(Map.of("demo.Person", PERSON));
    assertTrue(compiled.ok(), compiled.errors().toString());
    @SuppressWarnings("unchecked")
    EntityKind<org.keneya.core.kind.Entity> kind =
        (EntityKind<org.keneya.core.kind.Entity>) field(compiled.loader(), "demo.Person", "KIND");
    assertEquals("Person", kind.label());
    assertEquals(List.of("id", "name", "nickname", "tags", "age"), names(kind.struct()));
    assertEquals(ValueType.optional(ValueType.string()), kind.property("nickname").orElseThrow().type());
    Object person = kind.create(new Object[] {Id.of("p1"), "Awa", "Awi", List.of("a"), 30});
    assertEquals("Person{id=p1, name=Awa, nickname=Awi, tags=[a], age=30}", person.toString());
    assertEquals(Optional.of("Awi"), kind.property("nickname").orElseThrow().get(kind.type().cast(person)));
  }

  @Test
  void coresScalarsAndAUsersScalarAreDescribedByTheirJavaTypes() throws Exception {
    Compiled compiled = compile(Map.of(
        "demo.Gtin", String.join("\n",
            "public record Gtin(String digits) {",
            "  public static final ScalarType<Gtin> TYPE = ScalarType.builder(\"gtin\", Gtin.class)",
            "      .pattern(\"[0-9]{13}\").parse(Gtin::new).format(Gtin::digits).build();",
            "}", ""),
        "demo.Parcel", String.join("\n",
            "@Kind(name = \"parcel\")",
            "public record Parcel(Id id, java.util.UUID tracking, java.time.Instant sent, java.time.@Nullable OffsetDateTime received,",
            "    @AtLeast(0) long grams, double volume, java.net.URI page, java.time.Year season,",
            "    org.keneya.core.value.PartialDate shipped, Gtin gtin, List<Gtin> parts)",
            "    implements Entity {",
            "  public static final EntityKind<Parcel> KIND = ParcelDescription.KIND;",
            "}", "")));
    assertTrue(compiled.ok(), compiled.errors().toString());
    @SuppressWarnings("unchecked")
    EntityKind<org.keneya.core.kind.Entity> kind =
        (EntityKind<org.keneya.core.kind.Entity>) field(compiled.loader(), "demo.Parcel", "KIND");
    assertEquals(List.of("id", "uuid", "instant", "offset-date-time", "long", "double", "uri", "year", "partial-date", "gtin",
        "list<gtin>"),
        kind.struct().properties().stream().map(p -> p.type() instanceof OptionalType
            ? ((OptionalType<?>) p.type()).element().describe() : p.type().describe()).collect(Collectors.toList()));
    assertEquals(List.of(Constraint.atLeast(0)), kind.property("grams").orElseThrow().constraints());
    Object gtin = compiled.loader().loadClass("demo.Gtin").getConstructor(String.class).newInstance("4006381333931");
    Object parcel = kind.create(new Object[] {Id.of("p1"), java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        java.time.Instant.EPOCH, null, 1500L, 2.5, java.net.URI.create("https://example.org"), java.time.Year.of(2024),
        org.keneya.core.value.PartialDate.parse("2024-06"), gtin, List.of()});
    assertEquals(1500L, kind.property("grams").orElseThrow().get(kind.type().cast(parcel)));
  }

  @Test
  void anImmutablesTypeOfParametersIsBuiltByItsFactory() throws Exception {
    Compiled compiled = compile(Map.of("demo.Point", String.join("\n",
        "import org.immutables.value.Value;",
        "@org.keneya.core.KeneyaStyle",
        "@Value.Immutable",
        "@Struct(\"point\")",
        "public abstract class Point {",
        "  @Value.Parameter public abstract @Between(min = 0, max = 9) int x();",
        "  @Value.Parameter abstract @Nullable Integer yOrNull();",
        "}", "")));
    assertTrue(compiled.ok(), compiled.errors().toString());
    String source = Files.readString(out.resolve("demo" + File.separator + "PointDescription.java"));
    assertTrue(source.contains("ImmutablePoint.of("), source);
    StructType<?> point = (StructType<?>) field(compiled.loader(), "demo.PointDescription", "TYPE");
    assertEquals(List.of("x", "y"), names(point));
    assertEquals("Point{x=3, y=null}", point.create(new Object[] {3, null}).toString());
  }

  @Test
  void parametersInAnExplicitOrderAreBuiltByNameNotByPosition() throws Exception {
    Compiled compiled = compile(Map.of("demo.Span", String.join("\n",
        "import org.immutables.value.Value;",
        "@org.keneya.core.KeneyaStyle",
        "@Value.Immutable",
        "@Struct(\"span\")",
        "public abstract class Span {",
        "  @Value.Parameter(order = 2) public abstract int from();",
        "  @Value.Parameter(order = 1) public abstract int to();",
        "}", "")));
    assertTrue(compiled.ok(), compiled.errors().toString());
    String source = Files.readString(out.resolve("demo" + File.separator + "SpanDescription.java"));
    assertTrue(source.contains("ImmutableSpan.builder()"), source);
    StructType<?> span = (StructType<?>) field(compiled.loader(), "demo.SpanDescription", "TYPE");
    assertEquals(List.of("from", "to"), names(span));
    assertEquals("Span{from=3, to=5}", span.create(new Object[] {3, 5}).toString());
  }

  private void assertRefused(String source, String... expected) throws IOException {
    Compiled compiled = compile(Map.of("demo.Bad", String.join("\n",
        "@Kind(name = \"bad\")",
        "public record Bad(Id id, " + source + ") implements Entity {",
        "  public static final EntityKind<Bad> KIND = BadDescription.KIND;",
        "}", "")));
    assertTrue(!compiled.ok(), "compiled");
    String errors = String.join("\n", compiled.errors());
    for (String part : expected) {
      assertTrue(errors.contains(part), () -> "no " + part + " in\n" + errors);
    }
  }

  @Test
  void anUnsupportedTypeIsACompileErrorNamingTypeAndProperty() throws IOException {
    assertRefused("Map<String, String> extras", "Bad.extras: its type java.util.Map cannot be described");
    assertRefused("float weight", "Bad.weight: its type float cannot be described");
  }

  @Test
  void aCodeWithoutCodelistIsACompileError() throws IOException {
    assertRefused("Code region", "Bad.region: a Code needs its codelist: add @CodeOf");
  }

  @Test
  void aConstraintOnTheWrongTypeIsACompileError() throws IOException {
    assertRefused("@NonBlank int count", "Bad.count: @NonBlank cannot apply to Integer");
    assertRefused("@UniqueItems String name", "Bad.name: @UniqueItems applies to a list only");
    assertRefused("@Pattern(\"^a\") String name", "Bad.name: @Pattern ^a uses an anchor");
  }

  @Test
  void aMisnamedRequiredWhenPropertyIsACompileError() throws IOException {
    assertRefused("@CodeOf(\"r\") Code result, @Nullable @RequiredWhen(property = \"resullt\", value = \"fail\") String why",
        "Bad.why: @RequiredWhen names the property resullt, which Bad does not have");
  }

  @Test
  void followUpRolesAreDescribedOnTheKind() throws Exception {
    Compiled compiled = compile(Map.of("demo.Task", String.join("\n",
        "@Struct(\"step\")",
        "record Step(LocalDate on, @CodeOf(\"state\") Code state) {",
        "  static final StructType<Step> TYPE = StepDescription.TYPE;",
        "}",
        "@Kind(name = \"task\")",
        "public record Task(Id id, @Responsible(\"owner\") List<Ref<Task>> owners, @Due @Nullable Deadline due,",
        "    @Due @Nullable Deadline horizon, @StatusHistory(date = \"on\", status = \"state\") List<Step> steps,",
        "    @Occurs @Nullable LocalDate day, @Theme @Nullable Ref<Task> parent, @Origin @Nullable Ref<Task> from)",
        "    implements Entity {",
        "  public static final EntityKind<Task> KIND = TaskDescription.KIND;",
        "}", "")));
    assertTrue(compiled.ok(), compiled.errors().toString());
    EntityKind<?> task = (EntityKind<?>) field(compiled.loader(), "demo.TaskDescription", "KIND");
    assertEquals(FollowUpRoles.builder().responsible("owner", "owners").due("due").due("horizon")
        .statusHistory("steps", "on", "state").occurs("day").theme("parent").origin("from").build(), task.roles());
  }

  @Test
  void aFollowUpRoleOnAStructOrTwiceOnAKindIsACompileError() throws IOException {
    assertRefused("@Occurs LocalDate day, @Occurs LocalDate night", "Bad.night: a kind has one @Occurs property");
    Compiled compiled = compile(Map.of("demo.Bad", String.join("\n",
        "@Struct(\"bad\")",
        "public record Bad(@Due Deadline due) {",
        "  public static final StructType<Bad> TYPE = BadDescription.TYPE;",
        "}", "")));
    assertTrue(compiled.errors().stream().anyMatch(e -> e.contains("Bad.due: @Due is a follow-up role of a kind (@Kind)")),
        compiled.errors().toString());
  }

  @Test
  void aReferenceOfUnknownKindIsACompileError() throws IOException {
    assertRefused("Ref<?> about", "Bad.about: a Ref<?> needs @RefTo(\"kind\"), or @AnyKind");
    assertRefused("Ref<String> about", "Bad.about: the kind of org.keneya.core.value.Ref<String> is unknown");
  }

  @Test
  void aRuleOfTheWrongSignatureIsACompileError() throws IOException {
    Compiled compiled = compile(Map.of("demo.Bad", String.join("\n",
        "@Kind(name = \"bad\")",
        "public record Bad(Id id) implements Entity {",
        "  @KindRule(description = \"d\") static boolean check(Bad bad) { return true; }",
        "}", "")));
    assertTrue(!compiled.ok());
    assertTrue(compiled.errors().stream().anyMatch(e -> e.contains("Bad.check: a @KindRule method is static")),
        compiled.errors().toString());
  }

  @Test
  void theGeneratedSourceIsWrittenNextToTheType() throws IOException {
    Compiled compiled = compile(Map.of("demo.Note", NOTE, "demo.Part", PART));
    assertTrue(compiled.ok(), compiled.errors().toString());
    String source = Files.readString(out.resolve("demo" + File.separator + "NoteDescription.java"));
    assertTrue(source.contains(".add(\"id\", ValueType.id(), Note::id)"), source);
    assertTrue(source.contains("@javax.annotation.processing.Generated(\"org.keneya.processor.KindProcessor\")"), source);
  }
}
