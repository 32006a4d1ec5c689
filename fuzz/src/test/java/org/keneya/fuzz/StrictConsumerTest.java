package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that depends on Keneya and compiles with {@code -Xlint:all -Werror} compiles cleanly:
 * the published class files name no annotation that the project lacks. Immutables is {@code
 * provided}, so a consumer does not have its annotations, and javac warns about any class-retained
 * one with elements that it reads in a class file ("Cannot find annotation method 'from()' in type
 * 'Generated'", issue 25).
 *
 * <p>The consumer, {@code strict-consumer/org/example/consumer/StrictConsumer.java} among the test
 * resources, uses the health model, JSON, JSON Lines, CSV and the Jackson module, so it lives here,
 * in the module that holds tests across formats: no published module needs all of them. It is
 * compiled with the JDK's compiler against exactly the artifacts such a project depends on —
 * keneya-core, keneya-model, keneya-io-json, keneya-io-csv and keneya-jackson, and what they
 * bring at compile and runtime scope — listed by name in this module's pom and written to {@code
 * consumer-classpath.txt} by the maven-dependency-plugin. In a reactor build Keneya's artifacts
 * are their jars (or their {@code target/classes}, under {@code mvn test}); either way the class
 * files published.
 */
class StrictConsumerTest {
  private static final String CONSUMER = "org.example.consumer.StrictConsumer";
  private static final String CONSUMER_SOURCE = "/strict-consumer/org/example/consumer/StrictConsumer.java";

  @TempDir static Path classes;

  private static List<Path> consumerClassPath;
  private static boolean compiled;
  private static List<Diagnostic<? extends JavaFileObject>> diagnostics;

  @BeforeAll
  static void compileTheConsumer() throws IOException {
    consumerClassPath = consumerClassPath();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests run on a JRE without a Java compiler; they need a JDK");
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          "--release", "17", "-Xlint:all", "-Werror",
          "-classpath", consumerClassPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
          "-d", classes.toString());
      Iterable<? extends JavaFileObject> sources = files.getJavaFileObjects(resource(CONSUMER_SOURCE));
      compiled = javac.getTask(null, files, collector, options, null, sources).call();
    }
    diagnostics = collector.getDiagnostics();
  }

  @Test
  void aConsumerCompilingWithAllLintWarningsAsErrorsGetsNoDiagnosticFromKeneyasClassFiles() {
    if (!compiled || !diagnostics.isEmpty()) {
      fail("javac --release 17 -Xlint:all -Werror against the published jars reported "
          + diagnostics.size() + " diagnostic(s):\n" + describe(diagnostics)
          + "\nclass path:\n  " + consumerClassPath.stream().map(Path::toString).collect(Collectors.joining("\n  ")));
    }
  }

  /** Guards the test's honesty: a class path holding Immutables or JUnit would hide the defect. */
  @Test
  void theConsumerClassPathHoldsNeitherImmutablesNorTestLibraries() throws IOException {
    try (URLClassLoader consumer = consumerLoader(List.of())) {
      for (String absent : List.of(
          "org.immutables.value.Value", "org.immutables.value.Generated",
          "org.junit.jupiter.api.Test", "org.keneya.testkit.Pools", getClass().getName())) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(absent, false, consumer), absent);
      }
      for (String present : List.of(
          "org.keneya.jackson.KeneyaJacksonModule", "org.keneya.io.csv.CsvCodec", "org.keneya.model.Recommendation")) {
        assertNotNull(Class.forName(present, false, consumer), present);
      }
    } catch (ClassNotFoundException e) {
      fail("the consumer class path lacks one of the artifacts it uses", e);
    }
  }

  /** The compiled consumer runs on its class path alone: SPI registrations and codecs included. */
  @Test
  void theCompiledConsumerReadsBackWhatItWritesInJsonJsonLinesCsvAndThroughJackson() throws Exception {
    assertTrue(compiled, () -> "the consumer did not compile:\n" + describe(diagnostics));
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    try (URLClassLoader consumer = consumerLoader(List.of(classes))) {
      // KindRegistry.load() looks for the kinds in the context class loader.
      thread.setContextClassLoader(consumer);
      Method main = Class.forName(CONSUMER, true, consumer).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      fail("the consumer failed", e.getCause());
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  /** The path Maven resolved for the consumer's artifacts (see the pom). */
  private static List<Path> consumerClassPath() throws IOException {
    List<Path> path = new ArrayList<>();
    String resolved = Files.readString(resource("/consumer-classpath.txt"), StandardCharsets.UTF_8).strip();
    for (String entry : resolved.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        path.add(Path.of(entry));
      }
    }
    return path;
  }

  /** A loader that sees the consumer's class path and the JDK, not the tests' class path. */
  private static URLClassLoader consumerLoader(List<Path> first) {
    List<URL> urls = new ArrayList<>();
    try {
      for (Path entry : first) {
        urls.add(entry.toUri().toURL());
      }
      for (Path entry : consumerClassPath) {
        urls.add(entry.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static Path resource(String name) {
    URL url = StrictConsumerTest.class.getResource(name);
    if (url == null) {
      throw new UncheckedIOException(new IOException(name + " is not among the test resources: "
          + "consumer-classpath.txt is written by the maven-dependency-plugin in generate-test-resources, "
          + "so run this test through Maven"));
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(List<Diagnostic<? extends JavaFileObject>> found) {
    return found.stream()
        .map(d -> "  " + d.getKind() + " "
            + (d.getSource() == null ? "" : d.getSource().getName() + (d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "") + ": ")
            + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }
}
