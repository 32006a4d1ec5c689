package org.keneya.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Shrinks a finding's input while it still shows the same cause, so the reproduction kept is
 * small: text inputs lose lines, then ever smaller byte ranges (delta debugging); a folder loses
 * files; a zip loses entries. Bounded by a deadline, after which the smallest input so far is kept.
 */
final class Reducer {
  private final Predicate<Input> stillFails;
  private final long deadline;

  private Reducer(Predicate<Input> stillFails, long deadline) {
    this.stillFails = stillFails;
    this.deadline = deadline;
  }

  /** The smallest input found before {@code deadline} (System.nanoTime) that still fails. */
  static Input shrink(Input input, Predicate<Input> stillFails, long deadline) {
    Reducer reducer = new Reducer(stillFails, deadline);
    switch (input.format()) {
      case FOLDER:
        return reducer.files(input);
      case ZIP:
        return reducer.entries(input);
      default:
        return reducer.bytes(reducer.lines(input));
    }
  }

  private boolean timeLeft() {
    return System.nanoTime() < deadline;
  }

  private Input lines(Input input) {
    List<String> lines = List.of(new String(input.bytes(), StandardCharsets.UTF_8).split("(?<=\n)", -1));
    if (!java.util.Arrays.equals(join(lines), input.bytes())) {
      return input; // not UTF-8 text: its bytes would change on the way through a string
    }
    List<String> kept = ddmin(lines, candidate -> stillFails.test(input.withBytes(join(candidate), "lines")));
    return kept.size() == lines.size() ? input : input.withBytes(join(kept), "shrunk to " + kept.size() + " lines");
  }

  private Input bytes(Input input) {
    List<Byte> bytes = new ArrayList<>();
    for (byte b : input.bytes()) {
      bytes.add(b);
    }
    if (bytes.size() > 200_000) {
      return input; // too long to shrink byte by byte within the deadline
    }
    List<Byte> kept = ddmin(bytes, candidate -> stillFails.test(input.withBytes(unbox(candidate), "bytes")));
    return kept.size() == bytes.size() ? input : input.withBytes(unbox(kept), "shrunk to " + kept.size() + " bytes");
  }

  private Input files(Input input) {
    List<String> names = new ArrayList<>(input.files().keySet());
    List<String> kept = ddmin(names, candidate -> stillFails.test(input.withFiles(only(input.files(), candidate), "files")));
    return kept.size() == names.size() ? input : input.withFiles(only(input.files(), kept), "shrunk to " + kept.size() + " files");
  }

  private Input entries(Input input) {
    List<ZipFiles.Entry> entries = ZipFiles.entries(input.bytes());
    if (entries.isEmpty() || !stillFails.test(input.withBytes(ZipFiles.zip(entries), "rezipped"))) {
      return input; // the defect is in the zip's own structure, which rezipping would lose
    }
    List<ZipFiles.Entry> kept = ddmin(entries, candidate -> stillFails.test(input.withBytes(ZipFiles.zip(candidate), "entries")));
    return input.withBytes(ZipFiles.zip(kept), "shrunk to " + kept.size() + " entries");
  }

  /** Delta debugging: removes ever smaller chunks while the rest still fails. */
  private <T> List<T> ddmin(List<T> items, Predicate<List<T>> fails) {
    List<T> current = new ArrayList<>(items);
    for (int chunk = Math.max(1, current.size() / 2); chunk >= 1 && timeLeft(); chunk /= 2) {
      for (int start = 0; start < current.size() && timeLeft(); ) {
        List<T> candidate = new ArrayList<>(current.subList(0, start));
        candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
        if (!candidate.isEmpty() && fails.test(candidate)) {
          current = candidate;
        } else {
          start += chunk;
        }
      }
    }
    return current;
  }

  private static byte[] join(List<String> lines) {
    return String.join("", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] unbox(List<Byte> bytes) {
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  private static Map<String, byte[]> only(Map<String, byte[]> files, List<String> names) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    names.forEach(n -> out.put(n, files.get(n)));
    return out;
  }
}
