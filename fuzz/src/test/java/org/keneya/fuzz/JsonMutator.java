package org.keneya.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import tools.jackson.databind.JsonNode;

/**
 * Structure-aware mutations of a JSON value, made on a {@link JsonTree}: swap a value's type,
 * delete a key, write a key twice, replace a value by a hostile one chosen by its declared type,
 * add a missing or unknown property, nest thousands of levels deep, make an array huge.
 */
final class JsonMutator {
  private JsonMutator() {}

  /** Makes one edit to {@code tree} and says which in {@code how}. */
  static void mutate(JsonTree tree, SplittableRandom r, StringBuilder how) {
    JsonTree.Slot slot = pickSlot(tree.slots, r);
    String at = slot.pointer().isEmpty() ? "/" : slot.pointer();
    int pick = r.nextInt(20);
    if (pick < 7) {
      String value = Hostile.json(slot.type(), r);
      how.append("hostile ").append(describe(slot)).append(" at ").append(at).append(" = ").append(excerpt(value));
      tree.replace(slot.pointer(), value);
    } else if (pick < 10) {
      String value = Hostile.pick(Hostile.TYPE_SWAPS, r);
      how.append("type swap at ").append(at).append(" = ").append(value);
      tree.replace(slot.pointer(), value);
    } else if (pick < 13 && !slot.pointer().isEmpty()) {
      how.append("delete ").append(at);
      tree.delete(slot.pointer());
    } else if (pick < 16 && !slot.pointer().isEmpty()) {
      String value = r.nextBoolean() ? text(slot.node()) : Hostile.json(slot.type(), r);
      how.append("duplicate ").append(at).append(" with ").append(excerpt(value));
      tree.duplicate(slot.pointer(), value);
    } else if (pick < 18 && slot.node().isObject()) {
      addProperty(tree, slot, r, how);
    } else if (pick < 19 && slot.node().isArray() && slot.node().size() > 0) {
      hugeArray(tree, slot, how);
    } else {
      how.append("deep nesting at ").append(at);
      tree.replace(slot.pointer(), Hostile.nested(r));
    }
  }

  /**
   * Mostly a value whose type is declared, so hostile values fit the property they replace; its
   * type's family chosen first, so amounts and periods get as many hostile values as texts.
   */
  private static JsonTree.Slot pickSlot(List<JsonTree.Slot> slots, SplittableRandom r) {
    if (r.nextInt(5) != 0) {
      List<JsonTree.Slot> typed = slots.stream().filter(s -> s.type() != null).toList();
      if (!typed.isEmpty()) {
        return Hostile.pickByFamily(typed, s -> Hostile.family(s.type()), r);
      }
    }
    return Hostile.pick(slots, r);
  }

  /**
   * The array's first element repeated past the documented list limit (100,000), if that keeps the
   * array under about 1.5 MB; fewer copies of a large element (an entity of a kind's list, say), so
   * that a case and its round trips fit the long campaign's heap of 256 MiB.
   */
  private static void hugeArray(JsonTree tree, JsonTree.Slot slot, StringBuilder how) {
    String element = text(slot.node().get(0));
    int copies = Math.min(100_001, Math.max(2, 1_500_000 / (element.length() + 1)));
    how.append("array of ").append(copies).append(" copies at ").append(slot.pointer());
    tree.replace(slot.pointer(), "[" + (element + ",").repeat(copies - 1) + element + "]");
  }

  /** A property of the struct that the object lacks, with a hostile value; or an unknown one. */
  private static void addProperty(JsonTree tree, JsonTree.Slot slot, SplittableRandom r, StringBuilder how) {
    StructType<?> struct = slot.struct();
    if (struct != null && r.nextInt(4) != 0) {
      List<? extends Property<?, ?>> missing = struct.properties().stream()
          .filter(p -> !slot.node().has(p.name())).toList();
      if (!missing.isEmpty()) {
        Property<?, ?> p = Hostile.pick(missing, r);
        String value = Hostile.json(p.type(), r);
        how.append("add ").append(p.name()).append(" = ").append(excerpt(value)).append(" at ").append(slot.pointer());
        tree.append(slot.pointer(), Hostile.quote(p.name()) + ":" + value);
        return;
      }
    }
    how.append("add unknown property at ").append(slot.pointer());
    tree.append(slot.pointer(), "\"zz\":" + Hostile.json(null, r));
  }

  /** A value's own text, for copies of it. */
  private static String text(JsonNode node) {
    return node.isContainer() ? node.toString() : JsonTree.leaf(node);
  }

  private static String describe(JsonTree.Slot slot) {
    return slot.type() == null ? "value" : slot.type().describe();
  }

  /** A short form of a value for the report: the start and the length. */
  static String excerpt(String value) {
    String oneLine = value.replace("\n", "\\n").replace("\r", "\\r");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 30) + "…(" + value.length() + " chars)";
  }
}
