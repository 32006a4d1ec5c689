package org.keneya.core.data;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * The difference between two datasets of one registry, as {@link Dataset#diff(Dataset)} finds it:
 * the entities added, removed and changed, by kind and id, each change property by property with its
 * path. It can be applied as a patch: {@code a.apply(a.diff(b))} equals {@code b}, and {@code
 * a.diff(a)} is empty.
 *
 * <p>Entities come in a deterministic order: kinds in registry order, ids in natural order (an
 * entity's kind and id never change: a new id is a removal and an addition), and the changes of one
 * entity in property declaration order, depth first. Values are compared with {@code equals}; a
 * change is reported at the deepest place that tells it:
 *
 * <ul>
 *   <li>a nested value (a struct, such as money) present on both sides is compared property by
 *       property: {@code address.city};
 *   <li>an optional value present on one side only is a change of the whole value, its absent side
 *       empty;
 *   <li>a list whose new value starts with all the items of the old one, and has more, is reported
 *       as {@linkplain PropertyChange.Type#APPENDED appended items} — a status history to which
 *       updates were added, and generally any list that only grew at its end (core knows no "status
 *       history": a kind does not yet declare the role of a property, so this is detected from the
 *       values, for every list property);
 *   <li>a list of the same length is compared item by item, at {@code sensors[0].model}; any other
 *       list (shorter, or grown elsewhere than at its end) is a change of the whole list.
 * </ul>
 *
 * <pre>{@code
 * DatasetDiff diff = before.diff(after);
 * for (DatasetDiff.EntityChange change : diff.changed()) {
 *   change.properties().forEach(p -> System.out.println(change.ref() + " " + p.path() + ": " + p.before() + " -> " + p.after()));
 * }
 * System.out.print(diff.toText());          // for people
 * Dataset same = before.apply(diff);         // equals after
 * }</pre>
 */
public final class DatasetDiff {
  private final KindRegistry registry;
  private final ImmutableList<EntityChange> entities;

  DatasetDiff(KindRegistry registry, ImmutableList<EntityChange> entities) {
    this.registry = registry;
    this.entities = entities;
  }

  /** The registry of both datasets. */
  public KindRegistry registry() {
    return registry;
  }

  /** Every entity added, removed or changed, in order: kinds in registry order, ids in natural order. */
  public ImmutableList<EntityChange> entities() {
    return entities;
  }

  /** The entities added (in the second dataset only), in order. */
  public ImmutableList<EntityChange> added() {
    return of(EntityChange.Type.ADDED);
  }

  /** The entities removed (in the first dataset only), in order. */
  public ImmutableList<EntityChange> removed() {
    return of(EntityChange.Type.REMOVED);
  }

  /** The entities in both datasets with different values, in order. */
  public ImmutableList<EntityChange> changed() {
    return of(EntityChange.Type.CHANGED);
  }

  private ImmutableList<EntityChange> of(EntityChange.Type type) {
    return entities.stream().filter(e -> e.type() == type).collect(ImmutableList.toImmutableList());
  }

  /**
   * This diff with only the entity changes {@code keep} accepts, in the same order: still a patch,
   * of those entities alone.
   */
  public DatasetDiff filter(Predicate<? super EntityChange> keep) {
    return new DatasetDiff(registry, entities.stream().filter(keep).collect(ImmutableList.toImmutableList()));
  }

  /**
   * This diff without its removals: for a part of a dataset, which says nothing of the entities it
   * does not hold (a file of the rows one person keeps, say), so that applying it adds and changes
   * entities but never removes one.
   *
   * <pre>{@code
   * Dataset part = ...;                                          // some entities, some of them edited
   * DatasetDiff update = dataset.diff(part).withoutRemovals();   // what the part adds and changes
   * Dataset updated = dataset.apply(update);
   * updated.diff(part).withoutRemovals().isEmpty();              // true: importing it again changes nothing
   * }</pre>
   */
  public DatasetDiff withoutRemovals() {
    return filter(e -> e.type() != EntityChange.Type.REMOVED);
  }

  /** Whether the two datasets hold the same entities. */
  public boolean isEmpty() {
    return entities.isEmpty();
  }

  /** A summary such as {@code 2 added, 1 removed, 3 changed}, or {@code no differences}. */
  public String summary() {
    if (isEmpty()) {
      return "no differences";
    }
    return added().size() + " added, " + removed().size() + " removed, " + changed().size() + " changed";
  }

  /**
   * The diff for people, one line per entity and per changed value, then the summary line:
   *
   * <pre>
   * + station:s3
   * - operator:o2
   * ~ station:s1
   *     name: {fr: "Kati"} -&gt; {fr: "Kita"}
   *     elevation: (absent) -&gt; 320
   *     sensors[0].model: "WS-1" -&gt; "WS-2"
   *     provenance: appended [{document: d1}]
   * 1 added, 1 removed, 1 changed
   * </pre>
   *
   * Texts are quoted and escaped as in JSON; other scalars are written in their canonical text;
   * absent optional values inside a nested value are left out. Lines end with {@code \n}.
   */
  public String toText() {
    StringBuilder s = new StringBuilder();
    for (EntityChange entity : entities) {
      s.append(entity.type().sign).append(' ').append(entity.ref()).append('\n');
      for (PropertyChange change : entity.properties()) {
        s.append("    ").append(change.path()).append(": ");
        if (change.type() == PropertyChange.Type.APPENDED) {
          s.append("appended ").append(DiffText.write(change.valueType(), change.appended()));
        } else {
          s.append(DiffText.write(change.valueType(), change.before().orElse(null)))
              .append(" -> ")
              .append(DiffText.write(change.valueType(), change.after().orElse(null)));
        }
        s.append('\n');
      }
    }
    return s.append(summary()).append('\n').toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DatasetDiff && entities.equals(((DatasetDiff) o).entities);
  }

  @Override
  public int hashCode() {
    return entities.hashCode();
  }

  @Override
  public String toString() {
    return "DatasetDiff{" + summary() + "}";
  }

  /**
   * One entity added, removed or changed. An added entity has no {@link #before()}, a removed one no
   * {@link #after()}; a changed one has both, and its {@link #properties()} list what differs.
   */
  public static final class EntityChange {
    /** What happened to the entity. */
    public enum Type {
      /** In the second dataset only. */
      ADDED('+'),
      /** In the first dataset only. */
      REMOVED('-'),
      /** In both, with different values. */
      CHANGED('~');

      final char sign;

      Type(char sign) {
        this.sign = sign;
      }
    }

    private final Type type;
    private final EntityKind<?> kind;
    private final @Nullable Entity before;
    private final @Nullable Entity after;
    private final ImmutableList<PropertyChange> properties;

    EntityChange(Type type, EntityKind<?> kind, @Nullable Entity before, @Nullable Entity after, ImmutableList<PropertyChange> properties) {
      this.type = type;
      this.kind = kind;
      this.before = before;
      this.after = after;
      this.properties = properties;
    }

    public Type type() {
      return type;
    }

    public EntityKind<?> kind() {
      return kind;
    }

    public Id id() {
      return requireNonNull(before == null ? after : before).id();
    }

    /** The entity's reference, such as {@code station:s1}. */
    public Ref<?> ref() {
      return Ref.of(kind.name(), id());
    }

    /** The entity in the first dataset; empty when it was added. */
    public Optional<Entity> before() {
      return Optional.ofNullable(before);
    }

    /** The entity in the second dataset; empty when it was removed. */
    public Optional<Entity> after() {
      return Optional.ofNullable(after);
    }

    /** What differs, in property declaration order, depth first; empty unless {@link Type#CHANGED}. */
    public ImmutableList<PropertyChange> properties() {
      return properties;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof EntityChange)) {
        return false;
      }
      EntityChange other = (EntityChange) o;
      return type == other.type && kind.name().equals(other.kind.name()) && Objects.equals(before, other.before)
          && Objects.equals(after, other.after) && properties.equals(other.properties);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, kind.name(), before, after, properties);
    }

    @Override
    public String toString() {
      return type.sign + " " + ref() + (properties.isEmpty() ? "" : " " + properties);
    }
  }

  /**
   * One value that differs inside a changed entity, at its {@link #path()}: a changed value with what
   * it was and what it became, or {@linkplain Type#APPENDED items appended} to a list.
   */
  public static final class PropertyChange {
    /** How the value changed. */
    public enum Type {
      /** The value at the path was {@link #before()} and is {@link #after()}. */
      CHANGED,
      /**
       * The list at the path kept every item it had and got {@link #appended()} items at its end;
       * {@link #before()} and {@link #after()} are the whole lists.
       */
      APPENDED
    }

    private final Type type;
    private final ImmutableList<Object> segments;
    private final ValueType<?> valueType;
    private final @Nullable Object before;
    private final @Nullable Object after;

    PropertyChange(Type type, List<Object> segments, ValueType<?> valueType, @Nullable Object before, @Nullable Object after) {
      this.type = type;
      this.segments = ImmutableList.copyOf(segments);
      this.valueType = valueType;
      this.before = before;
      this.after = after;
    }

    public Type type() {
      return type;
    }

    /** Where the value sits below its entity, such as {@code name}, {@code address.city} or {@code sensors[0].model}. */
    public String path() {
      return DiffText.path(segments);
    }

    /** The path's property names ({@link String}) and list indexes ({@link Integer}), from the entity down. */
    public ImmutableList<Object> segments() {
      return segments;
    }

    /**
     * The type of {@link #before()} and {@link #after()} when present: for an optional property, the
     * type of its value; for {@link Type#APPENDED}, the list's type.
     */
    public ValueType<?> valueType() {
      return valueType;
    }

    /** The value in the first dataset; empty when an optional value was absent. */
    public Optional<Object> before() {
      return Optional.ofNullable(before);
    }

    /** The value in the second dataset; empty when an optional value is absent. */
    public Optional<Object> after() {
      return Optional.ofNullable(after);
    }

    /** For {@link Type#APPENDED}, the items added at the list's end; otherwise empty. */
    public List<?> appended() {
      if (type != Type.APPENDED) {
        return ImmutableList.of();
      }
      List<?> old = (List<?>) requireNonNull(before);
      List<?> now = (List<?>) requireNonNull(after);
      return now.subList(old.size(), now.size());
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof PropertyChange)) {
        return false;
      }
      PropertyChange other = (PropertyChange) o;
      return type == other.type && segments.equals(other.segments) && valueType.equals(other.valueType)
          && Objects.equals(before, other.before) && Objects.equals(after, other.after);
    }

    @Override
    public int hashCode() {
      return Objects.hash(type, segments, before, after);
    }

    @Override
    public String toString() {
      return path() + (type == Type.APPENDED
          ? ": appended " + appended()
          : ": " + (before == null ? "(absent)" : before) + " -> " + (after == null ? "(absent)" : after));
    }
  }
}
