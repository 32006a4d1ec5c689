package org.keneya.fuzz;

import java.util.Optional;
import java.util.SplittableRandom;
import org.keneya.core.kind.EntityKind;

/**
 * Makes one fuzz case from a corpus entry: one to three mutations, each structure-aware for the
 * entry's format most of the time and byte-level otherwise; now and then the result is given to
 * another reader than its own (a zip to the JSON reader, JSON to a table reader).
 */
final class Mutators {
  private Mutators() {}

  static Input mutate(Input base, Corpus corpus, SplittableRandom r) {
    Input input = base;
    int mutations = 1 + (r.nextInt(3) == 0 ? 1 : 0) + (r.nextInt(6) == 0 ? 1 : 0);
    for (int i = 0; i < mutations; i++) {
      input = once(input, corpus, r);
    }
    if (input.format().isBytes() && r.nextInt(20) == 0) {
      Format other = Hostile.pick(java.util.List.of(Format.JSON, Format.JSONL, Format.ZIP, Format.TABLE), r);
      EntityKind<?> kind = Hostile.pick(Codecs.REGISTRY.kinds(), r);
      input = input.as(other, other == Format.TABLE ? kind : null);
    }
    return input;
  }

  private static Input once(Input input, Corpus corpus, SplittableRandom r) {
    StringBuilder how = new StringBuilder();
    if (input.format() == Format.FOLDER) {
      return input.withFiles(ContainerMutator.mutateFolder(input.files(), r, how), how.toString());
    }
    byte[] bytes = input.bytes();
    byte[] mutated;
    if (r.nextInt(4) == 0) {
      mutated = ByteMutator.mutate(bytes, corpus.pick(input.format(), r).bytes(), r, how);
    } else {
      mutated = structured(input, r, how);
    }
    return input.withBytes(mutated, how.toString());
  }

  private static byte[] structured(Input input, SplittableRandom r, StringBuilder how) {
    switch (input.format()) {
      case JSON: {
        Optional<JsonTree> tree = JsonTree.parse(input.bytes());
        if (tree.isEmpty()) {
          how.append("(not JSON any more) ");
          return ByteMutator.mutate(input.bytes(), input.bytes(), r, how);
        }
        JsonTree t = tree.get().asDataset();
        JsonMutator.mutate(t, r, how);
        return t.bytes();
      }
      case JSONL:
        return JsonLinesMutator.mutate(input.bytes(), r, how);
      case ZIP:
        return ContainerMutator.mutateZip(input.bytes(), r, how);
      default:
        return CsvMutator.mutate(input.bytes(), input.kind(), r, how);
    }
  }
}
