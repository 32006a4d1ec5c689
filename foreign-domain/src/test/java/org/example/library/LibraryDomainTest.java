package org.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonOptions;
import org.keneya.io.json.JsonSchemas;

/**
 * A domain with no health word flows through registration, validation, JSON, JSON Lines, CSV
 * (folder and zip), {@code datapackage.json} and the JSON Schema, with nothing of Keneya's health
 * model on the class path.
 */
class LibraryDomainTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();

  private static Dataset library() {
    Member ada = new Member(Id.of("ada"), "Ada Lovelace", LocalDate.of(2024, 1, 15), "ada@example.org", List.of("poetry", "maths"));
    Member alan = new Member(Id.of("alan"), "Alan Turing", LocalDate.of(2024, 3, 2), null, List.of());
    Book poems = new Book(Id.of("b1"), LocalizedText.of("en", "Poems", "fr", "Poèmes"), "9780140424393", Code.of("poetry"), 2);
    Book essays = new Book(Id.of("b2"), LocalizedText.fr("Essais; « choisis », \"1580\""), "9782070421145", Code.of("essay"), 1);
    Loan l1 = new Loan(Id.of("l1"), Ref.of("member", "ada"), Ref.of("book", "b1"), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 22), null);
    Loan l2 = new Loan(Id.of("l2"), Ref.of("member", "alan"), Ref.of("book", "b2"), LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 24),
        LocalDate.of(2024, 5, 10));
    Fee late = new Fee(Id.of("f1"), Ref.of("loan", "l2"), Money.of("2.50", "EUR"), Code.of("late"), false);
    return Dataset.of(REGISTRY, List.of(ada, alan, poems, essays, l1, l2, late));
  }

  @Test
  void theHealthModelIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.keneya.model.Recommendation"));
    assertEquals(List.of("document", "member", "book", "loan", "fee", "acquisition"), REGISTRY.kinds().stream().map(EntityKind::name).toList());
  }

  @Test
  void aValidLibraryValidatesAndABrokenOneIsReportedWithItsPlace() {
    assertEquals(List.of(), library().validate().violations());
    Loan early = new Loan(Id.of("l3"), Ref.of("member", "grace"), Ref.of("book", "b1"), LocalDate.of(2024, 4, 5),
        LocalDate.of(2024, 4, 5), null);
    Book none = new Book(Id.of("b3"), LocalizedText.fr("Rien"), "123", Code.of("cookery"), 0);
    List<Violation> violations = Dataset.of(REGISTRY, List.of(early, none)).validate().violations();
    List<String> found = violations.stream().map(v -> v.code() + " " + v.entity() + " " + v.path()).sorted().toList();
    assertEquals(List.of(
        "constraint book:b3 copies", "constraint book:b3 isbn", "dangling-reference loan:l3 book",
        "dangling-reference loan:l3 member", "due-before-lent loan:l3 due", "unknown-code book:b3 genre"), found,
        violations::toString);
  }

  @Test
  void jsonAndJsonLinesRoundTrip() {
    Dataset library = library();
    JsonCodec json = JsonCodec.create(REGISTRY);
    assertEquals(library, json.fromBytes(json.toBytes(library)));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    JsonLines.write(library, lines);
    assertEquals(library, JsonLines.read(new ByteArrayInputStream(lines.toByteArray()), "library.jsonl", REGISTRY, JsonOptions.defaults()));
  }

  @Test
  void csvFolderAndZipRoundTrip(@TempDir Path dir) {
    Dataset library = library();
    CsvCodec csv = CsvCodec.create(REGISTRY, CsvOptions.defaults().delimiter(';'));
    csv.writeFolder(library, dir.resolve("library"));
    assertEquals(library, csv.readFolder(dir.resolve("library")));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(library, zip);
    assertEquals(library, csv.readZip(new ByteArrayInputStream(zip.toByteArray())));
  }

  @Test
  void aCsvCellThatBreaksADeclaredConstraintIsRefusedAtItsRowAndColumn() {
    String table = "id,title.fr,isbn,genre,copies\nb1,Poèmes,9780140424393,poetry,0\n";
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CsvCodec.create(REGISTRY, CsvOptions.defaults())
        .readTable(Book.KIND, new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "book.csv"));
    assertEquals("book.csv, row 2, column copies: Book.copies: must be 1 or more, was 0", e.getMessage());
  }

  @Test
  void theDataPackageDescribesTheLibrarysTables() {
    String descriptor = CsvCodec.create(REGISTRY, CsvOptions.defaults()).dataPackage(library());
    String compact = descriptor.replaceAll("\\s*:\\s*", ":");
    for (String table : List.of("member", "book", "loan", "fee")) {
      assertTrue(compact.contains("\"path\":\"" + table + ".csv\""), table);
    }
    assertTrue(compact.contains("\"resource\":\"member\""), "the loan's member is a foreign key");
    assertTrue(compact.contains("\"pattern\":\"[0-9]{13}\""), "the isbn's declared pattern");
    assertTrue(descriptor.contains("due-before-lent: a loan is due after the day it is lent"), "the rule, in words");
    assertFalse(descriptor.contains("recommendation"));
  }

  @Test
  void theJsonSchemaOfTheRegistryAcceptsTheExportAndRefusesABrokenValue() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonSchemas.dataset(REGISTRY));
    String json = new String(JsonCodec.create(REGISTRY).toBytes(library()), StandardCharsets.UTF_8);
    assertEquals(List.of(), schema.validate(json, com.networknt.schema.InputFormat.JSON).stream().map(Error::toString).toList());
    String broken = json.replace("\"copies\":2", "\"copies\":0");
    assertFalse(broken.equals(json));
    assertFalse(schema.validate(broken, com.networknt.schema.InputFormat.JSON).isEmpty(), "copies 0 is refused");
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> JsonCodec.create(REGISTRY).read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "library.json"));
    assertEquals("/kinds/book/0/copies", e.place().path().orElseThrow(), e::getMessage);
    assertEquals("Book.copies: must be 1 or more, was 0", e.reason());
  }
}
