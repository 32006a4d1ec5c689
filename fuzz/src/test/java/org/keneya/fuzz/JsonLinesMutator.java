package org.keneya.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Mutations of JSON Lines that know its lines: a line split or joined with the next, the header
 * spread over several lines, a line cut short or the stream cut exactly at a line end, lines
 * duplicated, dropped or swapped, other line ends, the end record's count changed or the stream
 * joined to itself (two streams, two end records) — or a structure-aware edit inside one line.
 */
final class JsonLinesMutator {
  private static final List<String> SPREAD_HEADERS = List.of(
      "{\n\"format\":\"keneya-jsonl\",\n\"version\":2}",
      "{\"format\":\"keneya-jsonl\",\n\"version\":1}",
      "{\n  \"format\" : \"keneya-jsonl\",\n  \"version\" : 2\n}",
      "{\"format\":\"keneya-jsonl\",\"version\":2\n}");

  private JsonLinesMutator() {}

  static byte[] mutate(byte[] bytes, SplittableRandom r, StringBuilder how) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1))); // the last is "" after a final newline
    int i = r.nextInt(lines.size());
    switch (r.nextInt(12)) {
      case 0:
      case 1:
      case 2:
        return editInside(lines, i, r, how);
      case 3: {
        String line = lines.get(i);
        int at = line.isEmpty() ? 0 : r.nextInt(line.length());
        how.append("split line ").append(i + 1).append(" at ").append(at);
        lines.set(i, line.substring(0, at) + "\n" + line.substring(at));
        break;
      }
      case 4:
        if (i + 1 < lines.size()) {
          how.append("join lines ").append(i + 1).append(" and ").append(i + 2);
          lines.set(i, lines.get(i) + lines.remove(i + 1));
        } else {
          how.append("drop the final newline");
          lines.remove(i);
        }
        break;
      case 5:
        how.append("header spread over lines");
        lines.set(0, Hostile.pick(SPREAD_HEADERS, r));
        break;
      case 6: {
        String line = lines.get(i);
        int at = line.isEmpty() ? 0 : r.nextInt(line.length());
        boolean dropRest = r.nextBoolean();
        how.append("cut line ").append(i + 1).append(" short at ").append(at).append(dropRest ? ", the rest dropped" : ", the rest kept");
        lines.set(i, line.substring(0, at));
        if (dropRest) {
          lines.subList(i + 1, lines.size()).clear();
        }
        break;
      }
      case 7:
        how.append("cut exactly at the end of line ").append(i + 1);
        lines.subList(i + 1, lines.size()).clear();
        lines.add("");
        break;
      case 8:
        return reorder(lines, i, r, how);
      case 10:
        return endRecord(text, r, how);
      case 9:
        how.append("blank or whitespace line before line ").append(i + 1);
        lines.add(i, Hostile.pick(List.of("", " ", "\t", "\r", "{}", "null", "[]"), r));
        break;
      default: {
        String end = Hostile.pick(List.of("\r\n", "\r", "\n\n", "\u2028"), r);
        how.append("line ends ").append(end.replace("\r", "CR").replace("\n", "LF"));
        return String.join(end, lines).getBytes(StandardCharsets.UTF_8);
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** The end record's count one off or another number, or the whole stream twice (its end record inside). */
  private static byte[] endRecord(String text, SplittableRandom r, StringBuilder how) {
    int end = text.lastIndexOf("{\"end\":{\"count\":");
    if (end < 0 || r.nextBoolean()) {
      how.append("the stream joined to itself");
      return (text + text).getBytes(StandardCharsets.UTF_8);
    }
    String count = Hostile.pick(List.of("-1", "0", "1", "9223372036854775808", "1e0", "1.0"), r);
    how.append("the end record's count ").append(count);
    return (text.substring(0, end) + "{\"end\":{\"count\":" + count + "}}\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] reorder(List<String> lines, int i, SplittableRandom r, StringBuilder how) {
    int j = r.nextInt(lines.size());
    switch (r.nextInt(3)) {
      case 0:
        how.append("duplicate line ").append(i + 1);
        lines.add(j, lines.get(i));
        break;
      case 1:
        how.append("drop line ").append(i + 1);
        lines.remove(i);
        break;
      default:
        how.append("swap lines ").append(i + 1).append(" and ").append(j + 1);
        String a = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, a);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** A structure-aware edit of one line's JSON (the header's, or an entity's typed by its kind). */
  private static byte[] editInside(List<String> lines, int i, SplittableRandom r, StringBuilder how) {
    Optional<JsonTree> tree = JsonTree.parse(lines.get(i));
    if (tree.isEmpty()) {
      how.append("(line ").append(i + 1).append(" is not JSON) ");
      return reorder(lines, i, r, how);
    }
    JsonTree t = i == 0 ? tree.get().untyped() : tree.get().asLine();
    how.append("line ").append(i + 1).append(": ");
    JsonMutator.mutate(t, r, how);
    lines.set(i, t.write());
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
