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
          return kind.name() + " #" + i + ": read " + Outcome.excerpt(a.get(i).toString(), 400)
              + "\n  read back " + Outcome.excerpt(b.get(i).toString(), 400);
        }
      }
    }
    return "the datasets differ, but no entity does";
  }
}
