package org.keneya.testkit.junit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.keneya.core.data.Dataset;
import org.keneya.testkit.DatasetPrinter;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.engine.PropertyFailure;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;
import org.keneya.testkit.gen.Source;
import org.opentest4j.AssertionFailedError;

/**
 * Runs {@link Property @Property} methods: resolves their parameters by type from the {@link
 * GenProvider}s registered in {@code META-INF/services/org.keneya.testkit.junit.GenProvider} (or
 * from the one a parameter names with {@link From @From}), with the {@link GenSettings} that {@link
 * Settings @Settings} on the class, the method and the parameter give, runs
 * the method once per try with a {@link PropertyRunner}, and reports a failure with its shrunk
 * counterexample and the seed that reproduces it. Registered by {@code @Property} itself; there is
 * no need to name it.
 *
 * <p>A passing property publishes a report entry {@value #REPORT_KEY} with its summary and prints
 * it, for example {@code [keneya] roundTrip: 1000 tries passed (seed 42)}. A failing one throws an
 * {@link AssertionFailedError} whose cause is the shrunk counterexample's own failure; a {@code
 * Dataset} in the counterexample is printed in full, entity by entity, as JSON text ({@link
 * DatasetPrinter}). A parameter type no provider knows, or one that needs what its settings lack (a
 * registry), fails with a {@link ParameterResolutionException}; a generator that produces no value
 * in any try fails with its {@link GenerationException}.
 */
public final class PropertyExtension implements ParameterResolver, InvocationInterceptor {
  /** Made by JUnit, through {@link Property}'s {@code @ExtendWith}. */
  public PropertyExtension() {}

  /** The key of the report entry published when a property passes. */
  public static final String REPORT_KEY = "keneya.property";

  /** Values printed longer than this are cut. */
  static final int MAX_VALUE_LENGTH = 2_000;

  /** Datasets, printed in full as JSON text, are cut only past this. */
  static final int MAX_DATASET_LENGTH = 200_000;

  /** A fixed seed for the placeholder values JUnit requires before the property runs. */
  private static final long PLACEHOLDER_SEED = 0L;

  /**
   * The providers found per class loader; bounded like Keneya's other caches keyed by what a
   * program makes, so a build tool that runs tests in ever new class loaders does not keep them all.
   */
  private static final int MAX_LOADERS = 64;
  private static final Map<ClassLoader, List<GenProvider>> PROVIDERS = new ConcurrentHashMap<>();

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getDeclaringExecutable() instanceof Method
        && property((Method) parameterContext.getDeclaringExecutable()).isPresent();
  }

  /**
   * A placeholder generated with a fixed seed: JUnit resolves every parameter before the
   * invocation, which {@link #interceptTestMethod} then replaces with one invocation per try.
   */
  @Override
  public @Nullable Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Method method = (Method) parameterContext.getDeclaringExecutable();
    Parameter parameter = parameterContext.getParameter();
    Gen<?> gen = genFor(extensionContext.getRequiredTestClass(), method, parameter);
    try {
      return gen.sample(PLACEHOLDER_SEED);
    } catch (RuntimeException e) {
      // The property run meets the same problem and reports it with its seed; a placeholder can be a default.
      return defaultValue(parameter.getType());
    }
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext) throws Throwable {
    Method method = invocationContext.getExecutable();
    Optional<Property> found = property(method);
    if (found.isEmpty()) {
      invocation.proceed(); // an ordinary test in a class that registers this extension itself
      return;
    }
    Property property = found.get();
    invocation.skip();

    Parameter[] parameters = method.getParameters();
    List<Gen<?>> gens = new ArrayList<>();
    Class<?> testClass = extensionContext.getRequiredTestClass();
    for (Parameter parameter : parameters) {
      gens.add(genFor(testClass, method, parameter));
    }
    Gen<Object[]> arguments = source -> {
      Object[] values = new Object[gens.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = gens.get(i).generate(source);
      }
      return values;
    };
    LastGenerationFailure lastGenerationFailure = new LastGenerationFailure();

    PropertyRunner.Builder builder = PropertyRunner.builder()
        .tries(property.tries())
        .shrinkBudget(property.shrinkBudget());
    if (property.seed() != Long.MIN_VALUE) {
      builder.seed(property.seed());
    }
    @Nullable Object target = invocationContext.getTarget().orElse(null);
    method.setAccessible(true);
    PropertyResult<Object[]> result = builder.build()
        .run(lastGenerationFailure.watch(arguments), values -> invoke(method, target, values));

    Optional<PropertyFailure<Object[]>> failure = result.failure();
    if (failure.isPresent()) {
      throw new AssertionFailedError(
          failureMessage(method, property.tries(), result, failure.get()), failure.get().shrunkFailure());
    }
    @Nullable GenerationException neverGenerated = lastGenerationFailure.get();
    if (neverGenerated != null && result.discarded() >= result.tries()) {
      // Not one try generated a value: the property was never checked, so it did not pass.
      throw new GenerationException(
          "all " + result.tries() + " tries of property " + method.getName() + " could not generate a value (seed "
              + result.seed() + "): " + neverGenerated.getMessage());
    }
    extensionContext.publishReportEntry(REPORT_KEY, result.summary());
    System.out.println("[keneya] " + method.getName() + ": " + result.summary());
  }

  private static void invoke(Method method, @Nullable Object target, Object[] values) throws Throwable {
    try {
      method.invoke(target, values);
    } catch (InvocationTargetException e) {
      throw e.getCause() != null ? e.getCause() : e;
    }
  }

  static String failureMessage(Method method, int tries, PropertyResult<?> result, PropertyFailure<Object[]> failure) {
    StringBuilder message = new StringBuilder()
        .append("Property ").append(method.getName())
        .append(" failed on try ").append(result.tries()).append(" of ").append(tries)
        .append(" (seed ").append(result.seed()).append(")\n")
        .append("Shrunk counterexample (").append(failure.originalDraws()).append(" draws shrunk to ")
        .append(failure.shrunkDraws()).append(" in ").append(failure.shrinkSteps()).append(" steps):\n");
    Parameter[] parameters = method.getParameters();
    Object[] values = failure.shrunk();
    for (int i = 0; i < parameters.length; i++) {
      message.append("  ").append(parameters[i].getName()).append(" = ")
          .append(printed(values[i])).append('\n');
    }
    return message
        .append("Failure: ").append(failure.shrunkFailure()).append('\n')
        .append("Reproduce with @Property(seed = ").append(result.seed()).append("L) or -D")
        .append(PropertyRunner.SEED_PROPERTY).append('=').append(result.seed())
        .toString();
  }

  /** A value of a counterexample as printed: a dataset in full as JSON text, anything else by {@code toString}, cut. */
  static String printed(@Nullable Object value) {
    return value instanceof Dataset
        ? cut(DatasetPrinter.describe(value), MAX_DATASET_LENGTH)
        : cut(String.valueOf(value));
  }

  /** {@code text}, or its first {@value #MAX_VALUE_LENGTH} characters and how many were left out. */
  static String cut(String text) {
    return cut(text, MAX_VALUE_LENGTH);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "… (" + (text.length() - end) + " more characters)";
  }

  private static Optional<Property> property(Method method) {
    return AnnotationSupport.findAnnotation(method, Property.class);
  }

  private static Gen<?> genFor(Class<?> testClass, Method method, Parameter parameter) {
    Type type = parameter.getParameterizedType();
    String where = "parameter " + parameter.getName() + " of type " + type.getTypeName() + " in @Property method "
        + method.getDeclaringClass().getName() + "#" + method.getName();
    Resolved resolved = settingsFor(testClass, method, parameter, where);
    Optional<From> from = AnnotationSupport.findAnnotation(parameter, From.class);
    Gen<?> gen;
    try {
      gen = from.isPresent() ? named(from.get().value(), type, resolved.settings, where) : fromProviders(type, resolved.settings, where);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ParameterResolutionException("Cannot generate " + where + ": " + e.getMessage(), e);
    }
    return resolved.maxSize >= Gen.MAX_SIZE ? gen : limited(gen, resolved.maxSize);
  }

  private static Gen<?> fromProviders(Type type, GenSettings settings, String where) {
    List<GenProvider> providers = providers();
    for (GenProvider provider : providers) {
      Optional<Gen<?>> gen = provider.genFor(type, settings);
      if (gen.isPresent()) {
        return gen.get();
      }
    }
    throw new ParameterResolutionException(
        "No generator for " + where + ": none of the GenProviders "
            + providers.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", ", "[", "]"))
            + " knows this type. Name one for this parameter with @From, or register a GenProvider for it in"
            + " META-INF/services/org.keneya.testkit.junit.GenProvider.");
  }

  /** The generator that {@code @From(named)} gives: a provider's for {@code type}, or a supplier's. */
  private static Gen<?> named(Class<?> named, Type type, GenSettings settings, String where) {
    Object made = make(named, "@From(" + named.getName() + ".class)", where);
    if (made instanceof GenProvider) {
      return ((GenProvider) made).genFor(type, settings).orElseThrow(() -> new ParameterResolutionException(
          "No generator for " + where + ": its @From provider " + named.getName() + " does not know this type"));
    }
    if (made instanceof Supplier) {
      Object gen = ((Supplier<?>) made).get();
      if (gen instanceof Gen) {
        return (Gen<?>) gen;
      }
      throw new ParameterResolutionException(
          "Cannot generate " + where + ": its @From supplier " + named.getName() + " gave " + gen + ", not a Gen");
    }
    throw new ParameterResolutionException(
        "Cannot generate " + where + ": @From names " + named.getName()
            + ", which is neither a GenProvider nor a Supplier<Gen<?>>");
  }

  private static Object make(Class<?> type, String what, String where) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      // A public class in an exported package needs no more; on the module path, any other needs
      // its package opened to org.keneya.testkit, or newInstance fails and says so.
      constructor.trySetAccessible();
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new ParameterResolutionException("Cannot generate " + where + ": " + what + " failed: " + cause, cause);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ParameterResolutionException(
          "Cannot generate " + where + ": " + what + " cannot be made with a no-argument constructor: " + e, e);
    }
  }

  /** The settings and largest size of one parameter: the defaults, then the class's, the method's and its own {@code @Settings}. */
  private static Resolved settingsFor(Class<?> testClass, Method method, Parameter parameter, String where) {
    Resolved resolved = new Resolved(GenSettings.defaults(), Gen.MAX_SIZE);
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      classes.add(0, c); // the outermost first, so a nested class's own settings are applied last
    }
    for (Class<?> c : classes) {
      Optional<Settings> onClass = classSettings(c);
      if (onClass.isPresent()) {
        resolved = apply(resolved, onClass.get(), "@Settings on " + c.getName(), where);
      }
    }
    Optional<Settings> onMethod = AnnotationSupport.findAnnotation(method, Settings.class);
    if (onMethod.isPresent()) {
      resolved = apply(resolved, onMethod.get(), "@Settings on the method", where);
    }
    Optional<Settings> onParameter = AnnotationSupport.findAnnotation(parameter, Settings.class);
    if (onParameter.isPresent()) {
      resolved = apply(resolved, onParameter.get(), "@Settings on the parameter", where);
    }
    return resolved;
  }

  /** The {@code @Settings} of a class or, if it has none, of its nearest superclass that has. */
  private static Optional<Settings> classSettings(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Optional<Settings> found = AnnotationSupport.findAnnotation(c, Settings.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Resolved apply(Resolved before, Settings annotation, String what, String where) {
    GenSettings settings = before.settings;
    int maxSize = before.maxSize;
    try {
      if (annotation.value() != Settings.Inherit.class) {
        Object supplied = ((Supplier<?>) make(annotation.value(), what, where)).get();
        if (!(supplied instanceof GenSettings)) {
          throw new IllegalArgumentException(annotation.value().getName() + " supplied " + supplied + ", not GenSettings");
        }
        settings = (GenSettings) supplied;
      }
      String[] languages = annotation.languages();
      if (languages.length > 0) {
        settings = settings.withLanguages(languages[0], java.util.Arrays.copyOfRange(languages, 1, languages.length));
      }
      if (!annotation.currency().isEmpty()) {
        settings = settings.withCurrency(annotation.currency());
      }
      GenSettings.Fill[] fill = annotation.optionalFields();
      if (fill.length > 1) {
        throw new IllegalArgumentException("optionalFields takes at most one value, was " + java.util.Arrays.toString(fill));
      }
      if (fill.length == 1) {
        settings = settings.withOptionalFields(fill[0]);
      }
      if (annotation.edgeCasePercent() != -1) {
        settings = settings.withEdgeCasePercent(annotation.edgeCasePercent());
      }
      if (annotation.maxSize() != 0) {
        if (annotation.maxSize() < 1 || annotation.maxSize() > Gen.MAX_SIZE) {
          throw new IllegalArgumentException(
              "maxSize must be in [1, " + Gen.MAX_SIZE + "], was " + annotation.maxSize());
        }
        maxSize = annotation.maxSize();
      }
    } catch (RuntimeException e) {
      if (e instanceof ParameterResolutionException) {
        throw e;
      }
      throw new ParameterResolutionException("Cannot generate " + where + ": " + what + ": " + e.getMessage(), e);
    }
    return new Resolved(settings, maxSize);
  }

  /** {@code gen}, asked for a size of at most {@code maxSize}. */
  private static <T> Gen<T> limited(Gen<T> gen, int maxSize) {
    return source -> gen.generate(new Source() {
      @Override
      public long draw(long max) {
        return source.draw(max);
      }

      @Override
      public int size() {
        return Math.min(source.size(), maxSize);
      }
    });
  }

  private static final class Resolved {
    final GenSettings settings;
    final int maxSize;

    Resolved(GenSettings settings, int maxSize) {
      this.settings = settings;
      this.maxSize = maxSize;
    }
  }

  /** The providers visible to the context class loader, in class-name order; loaded once per loader. */
  private static List<GenProvider> providers() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = PropertyExtension.class.getClassLoader();
    }
    List<GenProvider> providers = PROVIDERS.get(loader);
    if (providers != null) {
      return providers;
    }
    if (PROVIDERS.size() >= MAX_LOADERS) {
      PROVIDERS.clear();
    }
    return PROVIDERS.computeIfAbsent(loader, PropertyExtension::load);
  }

  private static List<GenProvider> load(ClassLoader loader) {
    List<GenProvider> providers = new ArrayList<>();
    ServiceLoader.load(GenProvider.class, loader).forEach(providers::add);
    providers.sort(Comparator.comparing(p -> p.getClass().getName()));
    return List.copyOf(providers);
  }

  private static @Nullable Object defaultValue(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == float.class) {
      return 0f;
    }
    if (type == double.class) {
      return 0d;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    if (type == short.class) {
      return (short) 0;
    }
    return 0;
  }

  /** Remembers the last {@link GenerationException} a generator threw, to explain a run that never checked a value. */
  private static final class LastGenerationFailure {
    private @Nullable GenerationException last;

    <T> Gen<T> watch(Gen<T> gen) {
      return source -> {
        try {
          return gen.generate(source);
        } catch (GenerationException e) {
          last = e;
          throw e;
        }
      };
    }

    @Nullable GenerationException get() {
      return last;
    }
  }
}
