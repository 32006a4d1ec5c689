package org.keneya.fuzz;

import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;

/** The first difference between two datasets, for the report of a round trip that differs. */
final class Differences {
  private Differences() {}

  static String first(Dataset expected, Dataset actual) {
    for (EntityKind<?> kind : Codecs.REGISTRY.kinds()) {
      List<? extends Entity> a = expected.entities(kind);
      List<? extends Entity> b = actual.entities(kind);
      if (a.size() != b.size()) {
        return kind.name() + ": " + a.size() + " entities read, " + b.size() + " read back";
      }
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          return kind.name() + " #" + i + ": read " + describe(a.get(i)) + "\n  read back " + describe(b.get(i));
        }
      }
    }
    return "the datasets differ, but no entity does";
  }

  /** An entity's text, or why there is none: a value such as {@code 1E+999999999} may not have one. */
  private static String describe(Entity entity) {
    try {
      return Outcome.excerpt(entity.toString(), 400);
    } catch (RuntimeException | OutOfMemoryError e) {
      return entity.id() + " (its toString() throws " + e.getClass().getName() + ")";
    }
  }
}
