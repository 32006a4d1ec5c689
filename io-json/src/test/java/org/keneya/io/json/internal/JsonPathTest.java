package org.keneya.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keneya.core.kind.StructType;
import org.keneya.testdomain.Station;

/** The pointer names every level as pushed, whatever a level held before. */
class JsonPathTest {
  private static final StructType<Station> STATION = Station.KIND.struct();

  private static int property(String name) {
    int index = STATION.indexOf(name);
    assertTrue(index >= 0, name);
    return index;
  }

  @Test
  void theRootIsTheEmptyPointer() {
    assertEquals("", new JsonPath().pointer());
  }

  @Test
  void namesStructPropertiesAndIndexesMakeOnePointer() {
    JsonPath path = new JsonPath();
    path.push("kinds");
    path.push("station");
    path.push(1000);
    path.push(STATION, property("partners"));
    path.push(0);
    path.replaceTop(1);
    assertEquals("/kinds/station/1000/partners/1", path.pointer());
  }

  @Test
  void aLevelLeftAndEnteredAgainNamesWhatWasPushedLast() {
    JsonPath path = new JsonPath();
    path.push(3);
    path.push(STATION, property("name"));
    path.push("fr");
    path.pop();
    path.pop();
    path.push(STATION, property("partners")); // the same owner, another property
    assertEquals("/3/partners", path.pointer());
    path.pop();
    path.push("colour"); // an unknown property: a name where a struct was
    assertEquals("/3/colour", path.pointer());
    path.pop();
    path.push(7); // an index where a name was
    assertEquals("/3/7", path.pointer());
    path.pop();
    path.push(STATION, property("id")); // a struct where an index was
    assertEquals("/3/id", path.pointer());
  }

  @Test
  void deepPathsGrowTheStack() {
    JsonPath path = new JsonPath();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      path.push(i);
      expected.append('/').append(i);
    }
    assertEquals(expected.toString(), path.pointer());
  }

  @Test
  void tildesAndSlashesInNamesAreEscaped() {
    JsonPath path = new JsonPath();
    path.push("a/b~c");
    assertEquals("/a~1b~0c", path.pointer());
  }
}
