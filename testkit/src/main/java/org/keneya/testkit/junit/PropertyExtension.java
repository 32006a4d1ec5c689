package org.keneya.testkit.junit;

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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.keneya.testkit.engine.PropertyFailure;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;
import org.opentest4j.AssertionFailedError;

/**
 * Runs {@link Property @Property} methods: resolves their parameters by type from the {@link
 * GenProvider}s registered in {@code META-INF/services/org.keneya.testkit.junit.GenProvider}, runs
 * the method once per try with a {@link PropertyRunner}, and reports a failure with its shrunk
 * counterexample and the seed that reproduces it. Registered by {@code @Property} itself; there is
 * no need to name it.
 *
 * <p>A passing property publishes a report entry {@value #REPORT_KEY} with its summary and prints
 * it, for example {@code [keneya] roundTrip: 1000 tries passed (seed 42)}. A failing one throws an
 * {@link AssertionFailedError} whose cause is the shrunk counterexample's own failure. A parameter
 * type no provider knows fails with a {@link ParameterResolutionException}; a generator that
 * produces no value in any try fails with its {@link GenerationException}.
 */
public final class PropertyExtension implements ParameterResolver, InvocationInterceptor {
  /** Made by JUnit, through {@link Property}'s {@code @ExtendWith}. */
  public PropertyExtension() {}

  /** The key of the report entry published when a property passes. */
  public static final String REPORT_KEY = "keneya.property";

  /** Values printed longer than this are cut. */
  static final int MAX_VALUE_LENGTH = 2_000;

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
    Gen<?> gen = genFor(method, parameter);
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
    for (Parameter parameter : parameters) {
      gens.add(genFor(method, parameter));
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
          .append(cut(String.valueOf(values[i]))).append('\n');
    }
    return message
        .append("Failure: ").append(failure.shrunkFailure()).append('\n')
        .append("Reproduce with @Property(seed = ").append(result.seed()).append("L) or -D")
        .append(PropertyRunner.SEED_PROPERTY).append('=').append(result.seed())
        .toString();
  }

  /** {@code text}, or its first {@value #MAX_VALUE_LENGTH} characters and how many were left out. */
  static String cut(String text) {
    if (text.length() <= MAX_VALUE_LENGTH) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_VALUE_LENGTH - 1)) ? MAX_VALUE_LENGTH - 1 : MAX_VALUE_LENGTH;
    return text.substring(0, end) + "… (" + (text.length() - end) + " more characters)";
  }

  private static Optional<Property> property(Method method) {
    return AnnotationSupport.findAnnotation(method, Property.class);
  }

  private static Gen<?> genFor(Method method, Parameter parameter) {
    Type type = parameter.getParameterizedType();
    List<GenProvider> providers = providers();
    for (GenProvider provider : providers) {
      Optional<Gen<?>> gen = provider.genFor(type);
      if (gen.isPresent()) {
        return gen.get();
      }
    }
    throw new ParameterResolutionException(
        "No generator for parameter " + parameter.getName() + " of type " + type.getTypeName() + " in @Property method "
            + method.getDeclaringClass().getName() + "#" + method.getName() + ": none of the GenProviders "
            + providers.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", ", "[", "]"))
            + " knows this type. Register a GenProvider for it in"
            + " META-INF/services/org.keneya.testkit.junit.GenProvider.");
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
