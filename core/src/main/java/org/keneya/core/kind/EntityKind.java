package org.keneya.core.kind;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * A kind of record a dataset can hold, validate and exchange: its name (the JSON key and CSV table
 * name), an English label, its properties in output order with {@code id} first, a way to build one
 * from property values, and its own validation rules.
 *
 * <pre>{@code
 * record Note(Id id, LocalizedText text, Ref<Note> replies) implements Entity {}
 *
 * EntityKind<Note> NOTE = EntityKind.of("note", "Note",
 *     StructType.positional("note", Note.class, values -> new Note(values.next(), values.next(), values.next()))
 *         .add("id", ValueType.id(), Note::id)
 *         .add("text", ValueType.localizedText(), Note::text)
 *         .add("replies", ValueType.<Ref<Note>>ref("note"), Note::replies)
 *         .build());
 * }</pre>
 *
 * @param <E> the Java type of the entities
 */
public final class EntityKind<E extends Entity> {
  private final String name;
  private final String label;
  private final StructType<E> struct;
  private final ImmutableList<Rule<? super E>> rules;
  private final FollowUpRoles roles;

  private EntityKind(String name, String label, StructType<E> struct, ImmutableList<Rule<? super E>> rules,
      FollowUpRoles roles) {
    this.name = Ref.checkKind(name);
    this.label = label;
    this.struct = struct;
    this.rules = rules;
    this.roles = roles;
    ImmutableList<Property<E, ?>> properties = struct.properties();
    if (properties.isEmpty()
        || !properties.get(0).name().equals("id")
        || !properties.get(0).type().equals(ValueType.id())) {
      throw new DomainModelException(name + ": the first property must be \"id\" of type id");
    }
    roles.check(name, struct);
  }

  /** A kind without rules of its own. */
  public static <E extends Entity> EntityKind<E> of(String name, String label, StructType<E> struct) {
    return new EntityKind<>(name, label, struct, ImmutableList.of(), FollowUpRoles.none());
  }

  /** A kind with its own validation rules. */
  public static <E extends Entity> EntityKind<E> of(
      String name, String label, StructType<E> struct, Iterable<? extends Rule<? super E>> rules) {
    return new EntityKind<>(name, label, struct, ImmutableList.copyOf(rules), FollowUpRoles.none());
  }

  /**
   * A kind with its own validation rules and follow-up roles.
   *
   * @throws DomainModelException when a role names a property the kind lacks, or one of a type the
   *     role cannot use
   */
  public static <E extends Entity> EntityKind<E> of(String name, String label, StructType<E> struct,
      Iterable<? extends Rule<? super E>> rules, FollowUpRoles roles) {
    return new EntityKind<>(name, label, struct, ImmutableList.copyOf(rules), roles);
  }

  /** The properties this kind's entities are followed up by; {@link FollowUpRoles#none()} for most kinds. */
  public FollowUpRoles roles() {
    return roles;
  }

  /** The kind's name, such as {@code note}: JSON key, CSV table, reference prefix. */
  public String name() {
    return name;
  }

  /** An English label for people, such as {@code Note}. */
  public String label() {
    return label;
  }

  public Class<E> type() {
    return struct.javaType();
  }

  public StructType<E> struct() {
    return struct;
  }

  /** The properties in output order; {@code id} is first. */
  public ImmutableList<Property<E, ?>> properties() {
    return struct.properties();
  }

  public Optional<Property<E, ?>> property(String propertyName) {
    return struct.property(propertyName);
  }

  public ImmutableList<Rule<? super E>> rules() {
    return rules;
  }

  /** Builds an entity from property values in {@link #properties()} order. */
  public E create(Object[] values) {
    return struct.create(values);
  }

  /** A reference to the entity of this kind with the given id. */
  public Ref<E> ref(Id id) {
    return Ref.of(name, id);
  }

  /** A reference to {@code entity}. */
  public Ref<E> ref(E entity) {
    return Ref.of(name, entity.id());
  }

  @Override
  public String toString() {
    return name;
  }
}
