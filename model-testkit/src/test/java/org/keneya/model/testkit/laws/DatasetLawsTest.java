package org.keneya.model.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.testkit.junit.Property;

/** Merge and validation laws, as properties over generated consistent datasets. */
class DatasetLawsTest {

  @Property(tries = 200)
  void mergeIsIdempotent(Dataset d) {
    assertEquals(d, d.merge(d));
  }

  @Property(tries = 200)
  void mergeOfCompatibleDatasetsIsCommutativeAndRestoresTheWhole(Dataset d, long split) {
    // two overlapping parts of one dataset are compatible by construction
    List<Entity> a = new ArrayList<>();
    List<Entity> b = new ArrayList<>();
    int i = 0;
    for (Entity e : d.entities()) {
      long bits = split >>> (i++ % 60);
      if ((bits & 1) == 0 || (bits & 2) == 0) {
        a.add(e);
      }
      if ((bits & 1) == 1 || (bits & 2) == 0) {
        b.add(e);
      }
    }
    Dataset left = Dataset.of(d.registry(), a);
    Dataset right = Dataset.of(d.registry(), b);
    assertEquals(left.merge(right), right.merge(left));
    assertEquals(d, left.merge(right));
  }

  @Property(tries = 200)
  void validationFindsEveryDanglingReferenceThatIsPlanted(Dataset d, long removed) {
    // plant dangling references by removing some actors, then count every reference to them
    Set<Ref<?>> gone = new HashSet<>();
    List<Entity> kept = new ArrayList<>();
    for (Entity e : d.entities()) {
      if (e instanceof Actor && ((removed >>> (gone.size() + kept.size()) % 60) & 1) == 1) {
        gone.add(Ref.of("actor", e.id()));
      } else {
        kept.add(e);
      }
    }
    Dataset planted = Dataset.of(d.registry(), kept);
    long expected = References.count(planted, gone);
    List<Violation> dangling = planted.validate().violations().stream()
        .filter(v -> v.code().equals("dangling-reference")).toList();
    assertEquals(expected, dangling.size(), dangling::toString);
    dangling.forEach(v -> assertEquals(true, gone.stream().anyMatch(g -> v.message().startsWith(g + " "))));
  }
}
