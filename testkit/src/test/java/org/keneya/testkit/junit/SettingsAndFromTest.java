package org.keneya.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.keneya.core.data.Dataset;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Gens;
import org.keneya.testkit.library.Library;
import org.opentest4j.AssertionFailedError;

/**
 * {@link Settings @Settings} and {@link From @From}: every fixture here passes only if the
 * annotation is honoured (the defaults would fail it), and a {@code Dataset} property's shrunk
 * counterexample is printed in full. The fixtures run through the Jupiter engine ({@link
 * EngineTestKit}) only.
 */
class SettingsAndFromTest {
  private static final String FIXTURES_PARAMETER = "keneya.testkit.settings-fixtures";

  private static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(FIXTURES_PARAMETER, "true")
        .selectors(selectClass(fixture))
        .execute();
  }

  private static void passes(Class<?> fixture, int tests) {
    EngineExecutionResults results = run(fixture);
    results.testEvents().failed().list().forEach(e -> {
      throw new AssertionError(e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow());
    });
    results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
  }

  private static Throwable onlyFailure(Class<?> fixture) {
    EngineExecutionResults results = run(fixture);
    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    return results.testEvents().failed().list().get(0)
        .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
  }

  @Test
  void aDatasetParameterWithoutARegistryFailsSayingHowToNameOne() {
    Throwable failure = onlyFailure(DatasetWithoutRegistry.class);
    assertInstanceOf(ParameterResolutionException.class, failure);
    String message = failure.getMessage();
    assertTrue(message.contains("parameter d of type org.keneya.core.data.Dataset"), message);
    assertTrue(message.contains("no registry"), message);
    assertTrue(message.contains("@Settings"), message);
  }

  @Test
  void settingsOnTheClassGiveTheRegistryOfDatasetsAndEntities() {
    passes(LibraryProperties.class, 2);
  }

  @Test
  void settingsOnAMethodOrParameterChangeWhatTheClassGave() {
    passes(EnglishOnly.class, 3);
  }

  @Test
  void aNestedClassAppliesItsOwnSettingsAfterItsOuterClasses() {
    passes(Outer.Inner.class, 1);
  }

  @Test
  void maxSizeBoundsTheSizeAParameterIsGeneratedAt() {
    passes(Small.class, 1);
  }

  @Test
  void fromUsesTheNamedSupplierOrProvider() {
    passes(Named.class, 2);
  }

  @Test
  void fromNamingNeitherAProviderNorASupplierSaysSo() {
    Throwable failure = onlyFailure(FromNeither.class);
    assertInstanceOf(ParameterResolutionException.class, failure);
    assertTrue(failure.getMessage().contains("neither a GenProvider nor a Supplier<Gen<?>>"), failure.getMessage());
    assertTrue(failure.getMessage().contains("parameter n "), failure.getMessage());
  }

  @Test
  void aBadSettingNamesTheParameterAndTheAnnotation() {
    Throwable failure = onlyFailure(BadSize.class);
    assertInstanceOf(ParameterResolutionException.class, failure);
    assertTrue(failure.getMessage().contains("@Settings on the parameter: maxSize must be in [1, 100], was 500"),
        failure.getMessage());
  }

  @Test
  void aFailingDatasetPropertyPrintsTheShrunkDatasetInFullAsJson() {
    Throwable failure = onlyFailure(NoLoans.class);
    assertInstanceOf(AssertionFailedError.class, failure);
    String message = failure.getMessage();
    // the one loan the failure needs, with every property's value, and what it refers to
    assertTrue(message.contains("d = Dataset of "), message);
    assertTrue(message.contains("\"loan\": [\n    {\n      \"id\": \"loan-1\",\n      \"member\": \"member-"), message);
    assertTrue(message.contains("\"book\": \"book-"), message);
    assertTrue(message.contains("\"status\": \""), message);
    assertTrue(message.contains("\"start\": \""), message);
    assertTrue(message.contains("\"renewals\": "), message);
    assertTrue(message.contains("\"member\": [\n    {\n      \"id\": \"member-"), message);
    assertTrue(message.contains("\"book\": [\n    {\n      \"id\": \"book-"), message);
    assertFalse(message.contains("Dataset{"), message); // not counts per kind
    // shrunk: one loan, and no fee
    assertEquals(1, message.split("\"id\": \"loan-").length - 1, message);
    assertFalse(message.contains("\"fee\""), message);
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures

  /** The library's registry, as a test author names theirs. */
  public static final class LibrarySettings implements Supplier<GenSettings> {
    @Override
    public GenSettings get() {
      return GenSettings.of(Library.registry());
    }
  }

  /** Threes, whatever the settings. */
  public static final class Threes implements Supplier<Gen<Integer>> {
    @Override
    public Gen<Integer> get() {
      return Gens.constant(3);
    }
  }

  /** Strings that are the first language of the settings the parameter is generated with. */
  public static final class FirstLanguage implements GenProvider {
    @Override
    public Optional<Gen<?>> genFor(Type type, GenSettings settings) {
      return type == String.class ? Optional.of(Gens.constant(settings.languages().get(0))) : Optional.empty();
    }
  }

  static final class OnlyInEngineTestKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(FIXTURES_PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("launched by SettingsAndFromTest")
          : ConditionEvaluationResult.disabled("a fixture of SettingsAndFromTest, run only by it");
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class DatasetWithoutRegistry {
    @Property(tries = 5)
    void anything(Dataset d) {}
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  @Settings(LibrarySettings.class)
  static class LibraryProperties {
    @Property(tries = 30)
    void datasetsAreTheLibrarys(Dataset d) {
      assertEquals(Library.registry().kinds(), d.registry().kinds());
      assertTrue(d.validate().isValid(), () -> d.validate().toString());
    }

    @Property(tries = 30)
    void entitiesOfItsKindsAreDerived(Library.Loan loan, Library.Member member) {
      assertTrue(loan.renewals() >= 0 && loan.renewals() <= 3);
      assertTrue(!member.email().isBlank());
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  @Settings(value = LibrarySettings.class, currency = "EUR")
  static class EnglishOnly {
    @Property(tries = 50)
    @Settings(languages = "en")
    void textsOfTheMethodAreEnglish(LocalizedText text, Money money) {
      assertEquals(List.of("en"), List.copyOf(text.byLanguage().keySet()));
      assertEquals("EUR", money.currency().getCurrencyCode()); // the class's setting is kept
    }

    @Property(tries = 50)
    void onlyThisParameterIsInEnglish(@Settings(languages = "en") LocalizedText english, Library.Member member) {
      assertEquals(List.of("en"), List.copyOf(english.byLanguage().keySet()));
    }

    @Property(tries = 50)
    void optionalFieldsAlwaysFilled(@Settings(optionalFields = GenSettings.Fill.ALWAYS) Library.Member member) {
      assertTrue(member.address() != null && member.joined() != null, member::toString);
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  @Settings(languages = "en")
  static class Outer {
    @ExtendWith(OnlyInEngineTestKit.class)
    @Nested
    @Settings(languages = "bm")
    class Inner {
      @Property(tries = 20)
      void bambara(@From(FirstLanguage.class) String language) {
        assertEquals("bm", language);
      }
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class Small {
    @Property(tries = 200)
    void listsStaySmall(@Settings(maxSize = 2) List<Integer> numbers) {
      assertTrue(numbers.size() <= 2, numbers::toString);
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class Named {
    @Property(tries = 20)
    void fromASupplier(@From(Threes.class) int three, int any) {
      assertEquals(3, three);
    }

    @Property(tries = 20)
    void fromAProviderWithTheParametersSettings(@From(FirstLanguage.class) @Settings(languages = "es") String language) {
      assertEquals("es", language);
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class FromNeither {
    @Property(tries = 5)
    void neither(@From(String.class) int n) {}
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class BadSize {
    @Property(tries = 5)
    void tooBig(@Settings(maxSize = 500) int n) {}
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  @Settings(LibrarySettings.class)
  static class NoLoans {
    @Property(tries = 100, seed = 28L)
    void noLoans(Dataset d) {
      assertTrue(d.entities(Library.LOAN).isEmpty(), "a loan");
    }
  }
}
