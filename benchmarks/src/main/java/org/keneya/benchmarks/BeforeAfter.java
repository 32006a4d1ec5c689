package org.keneya.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * One benchmark of two builds — the benchmarks jar of a commit before a change and of the change —
 * timed in alternation in one JVM, each build in a class loader of its own: the before/after figure
 * of a change on a machine whose host steals CPU time in bursts, where two separate runs can
 * differ by more than the change. The figure is the median of the per-round ratios (before time /
 * after time, above 1 means the change is faster) with the same 99 % confidence interval as
 * {@link PairedRatio}.
 *
 * <pre>{@code
 * # before.jar: benchmarks/target/benchmarks.jar of the earlier commit, copied aside after its build
 * benchmarks/run.sh --before-after before.jar CsvBenchmark.keneyaWrite  # against this build; 15 + 45 rounds
 * }</pre>
 */
public final class BeforeAfter {
  private BeforeAfter() {}

  private static final int N = 100_000;

  public static void main(String[] args) throws Exception {
    if (args.length != 3 && args.length != 5) {
      System.err.println("usage: BeforeAfter BEFORE.jar AFTER.jar Benchmark.method [WARMUP ROUNDS]");
      System.exit(2);
    }
    Callable<?> before = operation(Path.of(args[0]), args[2]);
    Callable<?> after = operation(Path.of(args[1]), args[2]);
    int warmup = args.length == 5 ? Integer.parseInt(args[3]) : 15;
    int rounds = args.length == 5 ? Integer.parseInt(args[4]) : 45;
    double[] ratios = new double[rounds];
    for (int i = -warmup; i < rounds; i++) {
      boolean beforeFirst = (i & 1) == 0; // alternate the order, so neither build always runs warmer
      long b = beforeFirst ? PairedRatio.time(before) : 0;
      long a = PairedRatio.time(after);
      b = beforeFirst ? b : PairedRatio.time(before);
      if (i >= 0) {
        ratios[i] = (double) b / a;
      }
    }
    Arrays.sort(ratios);
    int low = PairedRatio.lowerRankOfMedianInterval(rounds, 0.01);
    System.out.printf(Locale.ROOT, "%s, N = %,d: before/after %.3fx (99%% CI %.3f-%.3fx), %d rounds%n",
        args[2], N, PairedRatio.median(ratios), ratios[low], ratios[rounds - 1 - low], rounds);
  }

  /**
   * {@code Benchmark.method} of the build in {@code jar}, set up at N recommendations. The loader's
   * parent is the platform loader, so nothing of Keneya's is shared between the two builds; the
   * kinds are found through the service loader of the thread's context loader, which is the
   * build's own while it is built, set up and run.
   */
  private static Callable<?> operation(Path jar, String benchmark) throws Exception {
    int dot = benchmark.indexOf('.');
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> type = loader.loadClass(BeforeAfter.class.getPackageName() + "." + benchmark.substring(0, dot));
    Object state = inLoader(loader, () -> type.getConstructor().newInstance()); // its codecs load the kinds
    type.getField("recommendations").setInt(state, N);
    inLoader(loader, () -> type.getMethod("setUp").invoke(state));
    Method method = type.getMethod(benchmark.substring(dot + 1));
    return () -> inLoader(loader, () -> method.invoke(state));
  }

  private static Object inLoader(ClassLoader loader, Callable<Object> call) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.call();
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
