package org.keneya.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.EntityKind;
import org.keneya.io.csv.CsvCodec;

/**
 * Mutations of the containers of CSV tables. In a zip: entry names that are not valid UTF-8, two
 * entries of one name, {@code __MACOSX/} entries, every table under one top-level folder, a zip
 * bomb (megabytes of commas, deflated about a thousand times), too many entries, a zip cut short,
 * a {@code datapackage.json} nested thousands of levels deep, entries stored uncompressed. In a
 * folder: the same where a file system allows it. Or the content of one table or descriptor,
 * mutated as CSV or JSON.
 */
final class ContainerMutator {
  private static final byte[] APPLE_DOUBLE = {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'};

  private ContainerMutator() {}

  // ---- zips

  static byte[] mutateZip(byte[] zip, SplittableRandom r, StringBuilder how) {
    List<ZipFiles.Entry> entries = new ArrayList<>(ZipFiles.entries(zip));
    if (entries.isEmpty()) {
      how.append("(not a zip any more) ");
      return ByteMutator.mutate(zip, zip, r, how);
    }
    int pick = r.nextInt(20);
    if (pick < 6) {
      int i = r.nextInt(entries.size());
      ZipFiles.Entry e = entries.get(i);
      entries.set(i, new ZipFiles.Entry(e.name(), mutateFile(e.name(), e.bytes(), r, how)));
      return ZipFiles.zip(entries);
    }
    switch (pick) {
      case 6: {
        int i = r.nextInt(entries.size());
        String name = entries.get(i).name();
        String invalid = name.replaceFirst("\\.csv$|\\.json$", "\u00e9$0"); // 0xE9 alone: not UTF-8
        how.append("entry name not valid UTF-8: ").append(invalid);
        entries.set(i, new ZipFiles.Entry(invalid, entries.get(i).bytes()));
        return ZipFiles.zip(entries, StandardCharsets.ISO_8859_1);
      }
      case 7: {
        ZipFiles.Entry e = Hostile.pick(entries, r);
        boolean same = r.nextBoolean();
        how.append("entry ").append(e.name()).append(" twice").append(same ? "" : ", the second empty");
        entries.add(r.nextInt(entries.size() + 1), new ZipFiles.Entry(e.name(), same ? e.bytes() : new byte[0]));
        return ZipFiles.zip(entries);
      }
      case 8:
        how.append("__MACOSX/ and dot entries");
        entries.add(new ZipFiles.Entry("__MACOSX/", new byte[0]));
        entries.add(new ZipFiles.Entry("__MACOSX/._" + Hostile.pick(entries, r).name(), APPLE_DOUBLE));
        entries.add(new ZipFiles.Entry(".DS_Store", APPLE_DOUBLE));
        return ZipFiles.zip(entries);
      case 9:
        return ZipFiles.zip(underOneFolder(entries, r, how));
      case 10:
        return zipBomb(entries, r, how);
      case 11:
        return ZipFiles.zip(manyEntries(entries, r, how));
      case 12:
        return truncate(zip, r, how);
      case 13:
        how.append("datapackage.json nested deep");
        entries.removeIf(e -> e.name().equals(CsvCodec.DATA_PACKAGE));
        entries.add(0, new ZipFiles.Entry(CsvCodec.DATA_PACKAGE, deepDescriptor(r)));
        return ZipFiles.zip(entries);
      case 14:
        how.append("entries stored uncompressed");
        entries.replaceAll(e -> new ZipFiles.Entry(e.name(), e.bytes(), true));
        return ZipFiles.zip(entries);
      default:
        return ZipFiles.zip(changeNames(entries, r, how));
    }
  }

  private static List<ZipFiles.Entry> underOneFolder(List<ZipFiles.Entry> entries, SplittableRandom r, StringBuilder how) {
    String folder = Hostile.pick(List.of("export/", "keneya-dataset/", "data/", "a/b/"), r);
    boolean withEntry = r.nextBoolean();
    how.append("every entry under ").append(folder).append(withEntry ? " (with its own entry)" : "");
    List<ZipFiles.Entry> moved = new ArrayList<>();
    if (withEntry) {
      moved.add(new ZipFiles.Entry(folder, new byte[0]));
    }
    entries.forEach(e -> moved.add(new ZipFiles.Entry(folder + e.name(), e.bytes())));
    return moved;
  }

  /** A table, or an extra file, of megabytes of commas: deflate makes it about a thousand times smaller. */
  private static byte[] zipBomb(List<ZipFiles.Entry> entries, SplittableRandom r, StringBuilder how) {
    int mebibytes = 2 + r.nextInt(5);
    String name = r.nextBoolean() ? Hostile.pick(entries, r).name() : "bomb.csv";
    how.append("zip bomb: ").append(name).append(" of ").append(mebibytes).append(" MiB of commas");
    entries.removeIf(e -> e.name().equals(name));
    byte[] commas = new byte[mebibytes << 20];
    java.util.Arrays.fill(commas, (byte) ',');
    entries.add(new ZipFiles.Entry(name, commas));
    return ZipFiles.zip(entries);
  }

  private static List<ZipFiles.Entry> manyEntries(List<ZipFiles.Entry> entries, SplittableRandom r, StringBuilder how) {
    int count = 1_001 + r.nextInt(500);
    String prefix = Hostile.pick(List.of(".hidden-", "__MACOSX/._", "unknown-"), r);
    how.append(count).append(" more entries named ").append(prefix).append("<n>");
    for (int i = 0; i < count; i++) {
      entries.add(new ZipFiles.Entry(prefix + i, new byte[] {'x'}));
    }
    return entries;
  }

  private static byte[] truncate(byte[] zip, SplittableRandom r, StringBuilder how) {
    int centralDirectory = indexOf(zip, new byte[] {'P', 'K', 1, 2});
    int at = r.nextBoolean() && centralDirectory > 0 ? centralDirectory : r.nextInt(zip.length);
    how.append("zip cut at ").append(at).append(at == centralDirectory ? " (its central directory)" : "");
    return ByteMutator.slice(zip, 0, at);
  }

  private static List<ZipFiles.Entry> changeNames(List<ZipFiles.Entry> entries, SplittableRandom r, StringBuilder how) {
    int i = r.nextInt(entries.size());
    ZipFiles.Entry e = entries.get(i);
    String name = e.name();
    switch (r.nextInt(5)) {
      case 0:
        how.append("entry ").append(name).append(" dropped");
        entries.remove(i);
        break;
      case 1:
        how.append("unknown entry added");
        entries.add(new ZipFiles.Entry(Hostile.pick(List.of("notes.txt", "unknown.csv", "README", "Actor.csv"), r), e.bytes()));
        break;
      case 2: {
        String renamed = Hostile.pick(List.of("../" + name, "/" + name, "a\\" + name, name.toUpperCase(java.util.Locale.ROOT), name + "/"), r);
        how.append("entry ").append(name).append(" renamed ").append(renamed);
        entries.set(i, new ZipFiles.Entry(renamed, e.bytes()));
        break;
      }
      case 3:
        how.append("entry ").append(name).append(" emptied");
        entries.set(i, new ZipFiles.Entry(name, new byte[0]));
        break;
      default:
        how.append("folder entry added");
        entries.add(r.nextInt(entries.size() + 1), new ZipFiles.Entry(Hostile.pick(List.of("export/", "actor.csv/", "x/"), r), new byte[0]));
    }
    return entries;
  }

  // ---- folders

  static Map<String, byte[]> mutateFolder(Map<String, byte[]> files, SplittableRandom r, StringBuilder how) {
    Map<String, byte[]> out = new LinkedHashMap<>(files);
    List<String> names = new ArrayList<>(files.keySet());
    if (names.isEmpty()) {
      how.append("a table in an empty folder");
      out.put("actor.csv", "id\n".getBytes(StandardCharsets.UTF_8));
      return out;
    }
    String name = Hostile.pick(names, r);
    switch (r.nextInt(12)) {
      case 0:
        how.append("__MACOSX folder");
        out.put("__MACOSX/._" + name, APPLE_DOUBLE);
        break;
      case 1:
        how.append(".DS_Store and ._ files");
        out.put(".DS_Store", APPLE_DOUBLE);
        out.put("._" + name, APPLE_DOUBLE);
        break;
      case 2: {
        boolean all = r.nextBoolean();
        how.append(all ? "every file in one subfolder" : "a copy of a file in a subfolder");
        if (all) {
          out.clear();
          files.forEach((n, b) -> out.put("export/" + n, b));
        } else {
          out.put("nested/" + name, files.get(name));
        }
        break;
      }
      case 3:
        how.append("file ").append(name).append(" dropped");
        out.remove(name);
        break;
      case 4:
        how.append("unknown file or empty folder");
        out.put(r.nextBoolean() ? "notes.txt" : "empty/", new byte[0]);
        break;
      case 5:
        how.append("datapackage.json nested deep");
        out.put(CsvCodec.DATA_PACKAGE, deepDescriptor(r));
        break;
      case 6:
        how.append("byte mutation of ").append(name).append(": ");
        out.put(name, ByteMutator.mutate(files.get(name), files.get(Hostile.pick(names, r)), r, how));
        break;
      default:
        out.put(name, mutateFile(name, files.get(name), r, how));
    }
    return out;
  }

  // ---- the files inside

  /** A mutation of one table (as CSV of its kind) or of the descriptor (as JSON), by its name. */
  static byte[] mutateFile(String name, byte[] bytes, SplittableRandom r, StringBuilder how) {
    how.append(name).append(": ");
    if (name.endsWith(".json")) {
      Optional<JsonTree> tree = JsonTree.parse(bytes);
      if (tree.isPresent() && r.nextInt(4) != 0) {
        JsonTree t = tree.get().untyped();
        JsonMutator.mutate(t, r, how);
        return t.bytes();
      }
      return ByteMutator.mutate(bytes, bytes, r, how);
    }
    if (r.nextInt(5) == 0) {
      return ByteMutator.mutate(bytes, bytes, r, how);
    }
    return CsvMutator.mutate(bytes, kindOf(name), r, how);
  }

  static @Nullable EntityKind<?> kindOf(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    return base.endsWith(".csv") ? Codecs.REGISTRY.kind(base.substring(0, base.length() - 4)).orElse(null) : null;
  }

  /** A descriptor nesting thousands of levels, in {@code resources} or before it. */
  static byte[] deepDescriptor(SplittableRandom r) {
    int levels = Hostile.pick(List.of(1_000, 5_000, 10_000), r);
    String deep = r.nextBoolean() ? "[".repeat(levels) + "]".repeat(levels) : "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
    String json = r.nextBoolean() ? "{\"resources\":" + deep + "}" : "{\"profile\":" + deep + ",\"resources\":[]}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The first occurrence of {@code what} in {@code bytes}, or -1. */
  private static int indexOf(byte[] bytes, byte[] what) {
    for (int i = 0; i + what.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
        return i;
      }
    }
    return -1;
  }
}
