package org.keneya.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs each case on a worker thread with a time budget. A case over its budget is a finding; its
 * thread cannot be stopped safely, so it is abandoned (a daemon) and the next case gets a new one.
 */
final class TimeBudget implements AutoCloseable {
  private final Duration limit;
  private final Path scratch;
  private ExecutorService worker = newWorker();
  private int abandoned;
  private long cases;

  TimeBudget(Duration limit, Path scratch) {
    this.limit = limit;
    this.scratch = scratch;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "fuzz-case");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The oracle's verdict on the input, or a finding if it takes longer than the budget. */
  Outcome judge(Input input) {
    Path dir = scratch.resolve("case-" + cases++); // a folder of its own: an abandoned case may still write in its own
    boolean timedOut = false;
    Future<Outcome> verdict = worker.submit(() -> {
      Files.createDirectories(dir);
      return Oracle.judge(input, dir);
    });
    try {
      return verdict.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      timedOut = true;
      verdict.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      abandoned++;
      return Outcome.finding(input.format() + " case over the time budget of " + limit.toSeconds() + " s",
          "still running after " + limit.toSeconds() + " s; its thread was abandoned", null);
    } catch (ExecutionException e) {
      return Outcome.thrown("the oracle itself fails", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (!timedOut) {
        Codecs.deleteTree(dir);
      }
    }
  }

  /** How many cases ran over their budget (their threads may still be running). */
  int abandoned() {
    return abandoned;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
