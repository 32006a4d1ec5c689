package org.keneya.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.value.Money;
import org.keneya.jackson.clash.RivalStations;
import org.keneya.testdomain.Station;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two models declaring a kind of one name on one class path: {@code findAndAddModules()} still
 * succeeds, and the clash is reported, naming both, when an entity first goes through the module.
 */
class UnloadableKindsTest {
  @TempDir Path dir;
  /** The class path with the rival model; open for the whole test, as the module reads it late. */
  private @Nullable URLClassLoader rival;

  @AfterEach
  void close() throws Exception {
    if (rival != null) {
      rival.close();
    }
  }

  /** Runs {@code action} with a context class loader that also finds {@link RivalStations}. */
  private <T> T withRivalOnTheClassPath(Supplier<T> action) throws Exception {
    Path services = dir.resolve("META-INF/services/org.keneya.core.kind.DomainModel");
    Files.createDirectories(services.getParent());
    Files.writeString(services, RivalStations.class.getName() + "\n", StandardCharsets.UTF_8);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    rival = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before);
    thread.setContextClassLoader(rival);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void findAndAddModulesSucceedsAndTheClashIsReportedOnFirstUseNamingBothModels() throws Exception {
    JsonMapper mapper = withRivalOnTheClassPath(() -> JsonMapper.builder().findAndAddModules().build());

    // core values need no kinds: they still work
    assertEquals("{\"amount\":12,\"currency\":\"XOF\"}", mapper.writeValueAsString(Money.of(12, "XOF")));

    Exception first = assertThrows(Exception.class, () -> mapper.writeValueAsString(Station.of("s1", "o1", "Kati")));
    String message = messages(first);
    assertTrue(message.contains("station"), message);
    assertTrue(message.contains("observatory") && message.contains("rival-stations"), message);
    Exception again = assertThrows(Exception.class, () -> mapper.writeValueAsString(Station.of("s2", "o1", "Kita")));
    assertTrue(messages(again).contains("rival-stations"), messages(again));
  }

  @Test
  void theModuleMadeByServiceLoaderSaysItsKindsAreNotLoadedYetInsteadOfFailing() throws Exception {
    KeneyaJacksonModule module = withRivalOnTheClassPath(KeneyaJacksonModule::new);
    assertTrue(module.toString().contains("not loaded yet"), module.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class, module::registry);
    assertTrue(e.getMessage().contains("rival-stations"), e.getMessage());
    assertTrue(module.toString().contains("failed to load"), module.toString());
  }

  private static String messages(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      all.append(c.getMessage()).append(" | ");
    }
    return all.toString();
  }
}
