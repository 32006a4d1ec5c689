package org.keneya.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.ParameterizedType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.engine.PropertyFailure;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;
import org.keneya.testkit.gen.Gens;
import org.opentest4j.AssertionFailedError;

/**
 * Runs fixture classes through the Jupiter engine with {@link EngineTestKit}. The fixtures are
 * static nested classes, which Surefire does not run on its own (it excludes {@code *$*}); should
 * an IDE pick them up anyway, {@link OnlyInEngineTestKit} disables them.
 */
class PropertyExtensionTest {
  private static final String FIXTURES_PARAMETER = "keneya.testkit.fixtures";

  private static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(FIXTURES_PARAMETER, "true")
        .selectors(selectClass(fixture))
        .execute();
  }

  private static Throwable onlyFailure(EngineExecutionResults results) {
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(0).failed(1));
    Event finished = results.testEvents().failed().list().get(0);
    return finished.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
  }

  private static String failureMessage(Class<?> fixture) {
    Throwable failure = onlyFailure(run(fixture));
    assertInstanceOf(AssertionFailedError.class, failure);
    return failure.getMessage();
  }

  private static long seedIn(String message) {
    Matcher m = Pattern.compile("\\(seed (-?\\d+)\\)").matcher(message);
    assertTrue(m.find(), message);
    return Long.parseLong(m.group(1));
  }

  /** Sets {@code -Dkeneya.seed} for the duration of {@code body}. */
  private static <T> T withSeedProperty(String value, java.util.function.Supplier<T> body) {
    String before = System.getProperty(PropertyRunner.SEED_PROPERTY);
    System.setProperty(PropertyRunner.SEED_PROPERTY, value);
    try {
      return body.get();
    } finally {
      if (before == null) {
        System.clearProperty(PropertyRunner.SEED_PROPERTY);
      } else {
        System.setProperty(PropertyRunner.SEED_PROPERTY, before);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Passing properties

  @Test
  void aPassingPropertyRunsEveryTryAndSucceeds() {
    Passing.reset();
    EngineExecutionResults results = run(Passing.class);
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0).aborted(0));
    assertEquals(250, Passing.CALLS.get());
    assertEquals(1, Passing.BEFORE_EACH.get(), "@BeforeEach runs once per property, not once per try");
    assertEquals(1, Passing.AFTER_EACH.get(), "@AfterEach runs once per property, not once per try");
  }

  @Test
  void aPassingPropertyPublishesItsSummary() {
    Passing.reset();
    EngineExecutionResults results = run(Passing.class);
    List<ReportEntry> entries = results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow())
        .filter(entry -> entry.getKeyValuePairs().containsKey(PropertyExtension.REPORT_KEY))
        .toList();
    assertEquals(1, entries.size(), entries::toString);
    assertEquals(
        "250 tries passed (seed 5150)", entries.get(0).getKeyValuePairs().get("keneya.property"));
  }

  @Test
  void everyTryGetsFreshValuesOfEveryParameter() {
    Passing.reset();
    run(Passing.class);
    assertTrue(Passing.DISTINCT_LISTS.size() > 100, () -> Passing.DISTINCT_LISTS.size() + " distinct lists");
  }

  @Test
  void triesThatFailAnAssumptionDoNotFailTheProperty() {
    Assuming.CHECKED.set(0);
    run(Assuming.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    assertTrue(Assuming.CHECKED.get() > 0 && Assuming.CHECKED.get() < 200, () -> Assuming.CHECKED + " checked");
  }

  @Test
  void testsWithoutPropertyAreLeftAlone() {
    run(Mixed.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertEquals(1, Mixed.PLAIN_CALLS.get());
  }

  // ---------------------------------------------------------------------------------------------
  // Failing properties

  @Test
  void aFailingPropertyReportsTheShrunkCounterexampleAndHowToReproduceIt() {
    Throwable failure = onlyFailure(run(Failing.class));
    assertInstanceOf(AssertionFailedError.class, failure);
    String[] lines = failure.getMessage().split("\n", -1);

    // The extension must report exactly what the runner finds with the annotation's settings.
    PropertyResult<Integer> expected = PropertyRunner.builder().tries(1000).seed(8412345L).build()
        .run(Gens.integers(0, 100_000), i -> {
          if (i >= 500) {
            throw new AssertionError("too big: " + i);
          }
        });
    PropertyFailure<Integer> shrunk = expected.failure().orElseThrow();

    assertEquals(5, lines.length, failure::getMessage);
    assertEquals("Property belowFiveHundred failed on try " + expected.tries() + " of 1000 (seed 8412345)", lines[0]);
    assertEquals("Shrunk counterexample (" + shrunk.originalDraws() + " draws shrunk to " + shrunk.shrunkDraws()
        + " in " + shrunk.shrinkSteps() + " steps):", lines[1]);
    assertTrue(lines[1].matches("Shrunk counterexample \\(\\d+ draws shrunk to \\d+ in \\d+ steps\\):"), lines[1]);
    assertEquals("  i = 500", lines[2]);
    assertEquals("Failure: java.lang.AssertionError: too big: 500", lines[3]);
    assertEquals("Reproduce with @Property(seed = 8412345L) or -Dkeneya.seed=8412345", lines[4]);

    Throwable cause = failure.getCause();
    assertEquals(AssertionError.class, cause.getClass(), "the property's own error, not a reflection wrapper");
    assertEquals("too big: 500", cause.getMessage());
  }

  @Test
  void everyParameterIsShownByName() {
    String[] lines = failureMessage(TwoParameters.class).split("\n", -1);
    assertEquals(6, lines.length, String.join("\n", lines));
    assertTrue(lines[0].startsWith("Property sumAndText failed on try "), lines[0]);
    assertTrue(lines[0].endsWith(" of 300 (seed 99)"), lines[0]);
    assertTrue(lines[2].matches("  numbers = \\[(0, )?10\\]"), lines[2]);
    assertEquals("  text = x", lines[3]);
    assertTrue(lines[4].startsWith("Failure: org.opentest4j.AssertionFailedError: "), lines[4]);
    assertEquals("Reproduce with @Property(seed = 99L) or -Dkeneya.seed=99", lines[5]);
  }

  @Test
  void aGivenSeedReproducesTheSameFailure() {
    String first = failureMessage(Failing.class);
    String second = failureMessage(Failing.class);
    assertEquals(first, second);
  }

  @Test
  void theSeedPropertyIsUsedWhenNoSeedIsGiven() {
    String message = withSeedProperty("123456789", () -> failureMessage(FailingWithoutSeed.class));
    assertEquals(123456789L, seedIn(message));
    assertTrue(message.endsWith("Reproduce with @Property(seed = 123456789L) or -Dkeneya.seed=123456789"), message);
  }

  @Test
  void aGivenSeedWinsOverTheSeedProperty() {
    String message = withSeedProperty("777", () -> failureMessage(Failing.class));
    assertEquals(8412345L, seedIn(message));
  }

  @Test
  void theReportedRandomSeedReproducesTheFailure() {
    String random = failureMessage(FailingWithoutSeed.class);
    long seed = seedIn(random);
    String again = withSeedProperty(Long.toString(seed), () -> failureMessage(FailingWithoutSeed.class));
    assertEquals(random, again);
  }

  @Test
  void withoutAnySeedRunsDiffer() {
    // Two random 64-bit seeds collide with negligible probability.
    assertNotEquals(seedIn(failureMessage(FailingWithoutSeed.class)), seedIn(failureMessage(FailingWithoutSeed.class)));
  }

  @Test
  void anExceptionThrownByThePropertyIsAFailureToo() {
    Throwable failure = onlyFailure(run(Throwing.class));
    assertInstanceOf(AssertionFailedError.class, failure);
    assertInstanceOf(IllegalStateException.class, failure.getCause());
    assertTrue(failure.getMessage().contains("\n  s = x\n"), failure::getMessage);
    assertTrue(failure.getMessage().contains("\nFailure: java.lang.IllegalStateException: no x please\n"),
        failure::getMessage);
  }

  @Test
  void longValuesAreCut() {
    String message = failureMessage(LongValue.class);
    String line = message.split("\n")[2];
    assertEquals("  w = " + "y".repeat(2_000) + "… (3000 more characters)", line);
  }

  @Test
  void cutKeepsShortTextAndNeverSplitsASurrogatePair() {
    assertEquals("", PropertyExtension.cut(""));
    String limit = "a".repeat(PropertyExtension.MAX_VALUE_LENGTH);
    assertEquals(limit, PropertyExtension.cut(limit));
    assertEquals(limit + "… (1 more characters)", PropertyExtension.cut(limit + "b"));

    String emoji = "\uD83D\uDE00";
    String text = "a".repeat(PropertyExtension.MAX_VALUE_LENGTH - 1) + emoji + "tail";
    assertEquals("a".repeat(PropertyExtension.MAX_VALUE_LENGTH - 1) + "… (6 more characters)", PropertyExtension.cut(text));
  }

  // ---------------------------------------------------------------------------------------------
  // Problems that are not property failures

  @Test
  void anUnknownParameterTypeSaysHowToRegisterAGenerator() {
    Throwable failure = onlyFailure(run(UnknownParameter.class));
    assertInstanceOf(ParameterResolutionException.class, failure);
    String message = failure.getMessage();
    assertTrue(message.contains("needsAGenerator"), message);
    assertTrue(message.contains("parameter mystery"), message);
    assertTrue(message.contains(Unknown.class.getTypeName()), message);
    assertTrue(message.contains("GenProvider"), message);
    assertTrue(message.contains("META-INF/services/org.keneya.testkit.junit.GenProvider"), message);
    assertEquals(0, UnknownParameter.CALLS.get(), "the property never ran");
  }

  @Test
  void aGeneratorThatCannotProduceAValueIsReportedAsSuch() {
    Throwable failure = onlyFailure(run(ExhaustedFilter.class));
    assertInstanceOf(GenerationException.class, failure);
    assertTrue(failure.getMessage().contains("filter exhausted"), failure::getMessage);
    assertTrue(failure.getMessage().contains(Gen.DEFAULT_FILTER_TRIES + " candidates"), failure::getMessage);
    assertEquals(0, ExhaustedFilter.CALLS.get(), "the property never ran");
  }

  @Test
  void theTestProviderClaimsOnlyItsOwnTypes() throws Exception {
    Type listOfIntegers = TwoParameters.class.getDeclaredMethod("sumAndText", List.class, String.class)
        .getGenericParameterTypes()[0];
    assertTrue(new JdkTypes().genFor(listOfIntegers, GenSettings.defaults()).isPresent());
    assertTrue(new JdkTypes().genFor(List.class, GenSettings.defaults()).isEmpty(), "a raw List is not a List<Integer>");
    assertTrue(new JdkTypes().genFor(Unknown.class, GenSettings.defaults()).isEmpty());
  }

  @Test
  void providersAreAskedInClassNameOrderAndTheFirstThatKnowsATypeWins(@TempDir Path dir) throws Exception {
    // Listed last-first, in a service file only a fresh context class loader sees.
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(GenProvider.class.getName()),
        ZProvider.class.getName() + "\n" + AProvider.class.getName() + "\n");
    Ordered.SEEN.clear();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
      thread.setContextClassLoader(loader);
      run(Ordered.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    } finally {
      thread.setContextClassLoader(before);
    }
    assertEquals(java.util.Set.of("A"), Ordered.SEEN);

    // The class loader the other tests run with does not see those providers.
    assertInstanceOf(ParameterResolutionException.class, onlyFailure(run(Ordered.class)));
  }

  @Test
  void fixturesDoNotRunOutsideThisTest() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Failing.class)).execute();
    results.containerEvents().assertStatistics(stats -> stats.skipped(1));
    results.testEvents().assertStatistics(stats -> stats.started(0).failed(0));
  }

  // ---------------------------------------------------------------------------------------------
  // The test-only GenProvider (registered in src/test/resources/META-INF/services) and fixtures

  /** Generators for a few JDK types, and one for a test-only type whose filter can never pass. */
  public static final class JdkTypes implements GenProvider {
    @Override
    public Optional<Gen<?>> genFor(Type type, GenSettings settings) {
      if (type == Integer.class || type == int.class) {
        return Optional.of(Gens.integers(0, 100_000));
      }
      if (type == Long.class || type == long.class) {
        return Optional.of(Gens.longs(-1_000_000, 1_000_000));
      }
      if (type == String.class) {
        return Optional.of(Gens.strings("abcx", 0, 20));
      }
      if (type instanceof ParameterizedType
          && ((ParameterizedType) type).getRawType() == List.class
          && ((ParameterizedType) type).getActualTypeArguments()[0] == Integer.class) {
        return Optional.of(Gens.integers(0, 100).list());
      }
      if (type == Wordy.class) {
        return Optional.of(Gens.constant(new Wordy()));
      }
      if (type == Impossible.class) {
        return Optional.of(Gens.integers(0, 10).filter(i -> i > 100).map(Impossible::new));
      }
      return Optional.empty();
    }
  }

  /** Claims {@link Tag}, as does {@link ZProvider}: asked first, it wins. */
  public static final class AProvider implements GenProvider {
    @Override
    public Optional<Gen<?>> genFor(Type type, GenSettings settings) {
      return type == Tag.class ? Optional.of(Gens.constant(new Tag("A"))) : Optional.empty();
    }
  }

  /** Claims {@link Tag}, as does {@link AProvider}. */
  public static final class ZProvider implements GenProvider {
    @Override
    public Optional<Gen<?>> genFor(Type type, GenSettings settings) {
      return type == Tag.class ? Optional.of(Gens.constant(new Tag("Z"))) : Optional.empty();
    }
  }

  /** Only {@link AProvider} and {@link ZProvider} know this type, and only a test loader lists them. */
  record Tag(String name) {}

  /** Enables the fixtures only when {@link #run} launches them. */
  static final class OnlyInEngineTestKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(FIXTURES_PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("launched by PropertyExtensionTest")
          : ConditionEvaluationResult.disabled("a fixture of PropertyExtensionTest, run only by it");
    }
  }

  /** No provider knows this type. */
  static final class Unknown {}

  /** A value whose text is 5,000 characters long. */
  static final class Wordy {
    @Override
    public String toString() {
      return "y".repeat(5_000);
    }
  }

  /** Only a generator whose filter never passes knows this type. */
  static final class Impossible {
    Impossible(int value) {}
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class Passing {
    static final AtomicInteger CALLS = new AtomicInteger();
    static final AtomicInteger BEFORE_EACH = new AtomicInteger();
    static final AtomicInteger AFTER_EACH = new AtomicInteger();
    static final java.util.Set<List<Integer>> DISTINCT_LISTS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static void reset() {
      CALLS.set(0);
      BEFORE_EACH.set(0);
      AFTER_EACH.set(0);
      DISTINCT_LISTS.clear();
    }

    @BeforeEach
    void before() {
      BEFORE_EACH.incrementAndGet();
    }

    @AfterEach
    void after() {
      AFTER_EACH.incrementAndGet();
    }

    @Property(tries = 250, seed = 5150L)
    void boundsHold(int i, Long l, List<Integer> numbers) {
      CALLS.incrementAndGet();
      DISTINCT_LISTS.add(numbers);
      assertTrue(0 <= i && i <= 100_000);
      assertTrue(-1_000_000 <= l && l <= 1_000_000);
      assertTrue(numbers.stream().allMatch(n -> 0 <= n && n <= 100));
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class Ordered {
    static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Property(tries = 5, seed = 1L)
    void tagged(Tag tag) {
      SEEN.add(tag.name());
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class Assuming {
    static final AtomicInteger CHECKED = new AtomicInteger();

    @Property(tries = 200, seed = 11L)
    void evenNumbersAreEven(Integer i) {
      assumeTrue(i % 2 == 0);
      CHECKED.incrementAndGet();
      assertEquals(0, i % 2);
    }
  }

  @ExtendWith({OnlyInEngineTestKit.class, PropertyExtension.class})
  static class Mixed {
    static final AtomicInteger PLAIN_CALLS = new AtomicInteger();

    @Test
    void plain() {
      PLAIN_CALLS.incrementAndGet();
    }

    @Property(tries = 10, seed = 1L)
    void property(String s) {
      assertTrue(s.length() <= 20);
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class Failing {
    @Property(tries = 1000, seed = 8412345L)
    void belowFiveHundred(Integer i) {
      if (i >= 500) {
        throw new AssertionError("too big: " + i);
      }
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class FailingWithoutSeed {
    @Property(tries = 100)
    void belowFiveHundred(int i) {
      assertTrue(i < 500, "too big");
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class TwoParameters {
    @Property(tries = 300, seed = 99L)
    void sumAndText(List<Integer> numbers, String text) {
      assertTrue(numbers.stream().mapToInt(Integer::intValue).sum() < 10 || !text.contains("x"));
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class Throwing {
    @Property(tries = 100, seed = 3L)
    void noX(String s) {
      if (s.contains("x")) {
        throw new IllegalStateException("no x please");
      }
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class LongValue {
    @Property(tries = 5, seed = 3L)
    void alwaysFails(Wordy w) {
      throw new AssertionError("too long");
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class UnknownParameter {
    static final AtomicInteger CALLS = new AtomicInteger();

    @Property(tries = 10)
    void needsAGenerator(int fine, Unknown mystery) {
      CALLS.incrementAndGet();
    }
  }

  @ExtendWith(OnlyInEngineTestKit.class)
  static class ExhaustedFilter {
    static final AtomicInteger CALLS = new AtomicInteger();

    @Property(tries = 20, seed = 1L)
    void neverRuns(Impossible impossible) {
      CALLS.incrementAndGet();
    }
  }
}
