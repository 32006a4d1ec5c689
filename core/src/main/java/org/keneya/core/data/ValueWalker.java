package org.keneya.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;

/**
 * Visits every reference, code and defined scalar of an entity — through nested values, lists and optionals — by
 * its kind's description, with the path it sits at ({@code lines[0].funder}). The one place that
 * knows how to reach them, shared by validation and subsetting.
 *
 * <p>A walker keeps, for each struct type it meets, the properties whose values can hold a
 * reference or a code; the others (texts, dates, numbers, lists of texts) are never read. One
 * walker serves one operation, entity after entity (it is not thread-safe).
 *
 * <pre>{@code
 * ValueWalker walker = new ValueWalker((path, type, value) -> System.out.println(path + " " + value));
 * walker.walk(kind, entity);   // colour red, replyTo note:n1, provenance[0].document document:d1
 * }</pre>
 */
final class ValueWalker {
  /**
   * Receives one reference, code or {@linkplain ScalarType.Scalar#DEFINED defined scalar} ({@code
   * type} is a {@link RefType}, a {@link CodeType} or a defined {@link ScalarType}) and where it sits.
   */
  interface Visitor {
    void visit(Path path, ValueType<?> type, Object value);
  }

  /**
   * Where a value sits below its entity, such as {@code lines[0].funder}: a stack of property names
   * and list indexes, spelled out by {@link #toString()} only when a visitor needs it (a violation),
   * because validation visits every reference and code of every entity.
   */
  static final class Path {
    private Object[] segments = new Object[8]; // a String property name or an Integer list index
    private int depth;

    void push(Object segment) {
      if (depth == segments.length) {
        segments = Arrays.copyOf(segments, depth * 2);
      }
      segments[depth++] = segment;
    }

    void pop() {
      segments[--depth] = null;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        if (segments[i] instanceof Integer) {
          s.append('[').append(segments[i]).append(']');
        } else {
          s.append(i == 0 ? "" : ".").append(segments[i]);
        }
      }
      return s.toString();
    }
  }

  private static final Property<?, ?>[] NONE = new Property<?, ?>[0];

  private final Visitor visitor;
  private final Path path = new Path(); // left empty by every walk
  // By struct type, the properties that can hold a reference or a code: a kind's entities share
  // their types, so each is looked at once per walker, not once per entity.
  private final Map<StructType<?>, Property<?, ?>[]> holding = new IdentityHashMap<>();

  ValueWalker(Visitor visitor) {
    this.visitor = visitor;
  }

  /** Visits each reference and code of {@code entity}, in property order. */
  <E extends Entity> void walk(EntityKind<E> kind, E entity) {
    walkStruct(kind.struct(), entity);
  }

  private void walkStruct(StructType<?> type, Object struct) {
    Property<?, ?>[] properties = holding(type);
    for (Property<?, ?> property : properties) {
      walkProperty(property, struct);
    }
  }

  @SuppressWarnings("unchecked")
  private void walkProperty(Property<?, ?> property, Object owner) {
    Property<Object, ?> p = (Property<Object, ?>) property; // owner is of the type that lists p
    path.push(p.name());
    ValueType<?> type = p.type();
    if (type.shape() == ValueType.Shape.OPTIONAL) { // through valueOrNull (see StructType.Builder#addOptional)
      Object value = p.valueOrNull(owner);
      if (value != null) {
        walk(((OptionalType<?>) type).element(), value);
      }
    } else {
      walk(type, p.get(owner));
    }
    path.pop();
  }

  private void walk(ValueType<?> type, Object value) {
    type.accept(walk, value);
  }

  /** The walk below a property's value: to every reference, code and defined scalar, through structs, lists and optionals. */
  private final ValueType.Visitor<Object, Void> walk = new ValueType.Visitor<>() {
    @Override
    public Void visitScalar(ScalarType<?> type, Object value) {
      visitor.visit(path, type, value); // a reference, a code or a defined scalar: no other scalar is walked to
      return null;
    }

    @Override
    public Void visitLocalizedText(ValueType<LocalizedText> type, Object value) {
      return null; // never reached: it holds none
    }

    @Override
    public Void visitStruct(StructType<?> type, Object value) {
      walkStruct(type, value);
      return null;
    }

    @Override
    public Void visitList(ListType<?> type, Object value) {
      ValueType<?> element = type.element();
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        path.push(i);
        walk(element, list.get(i));
        path.pop();
      }
      return null;
    }

    @Override
    public Void visitOptional(OptionalType<?> type, Object value) {
      Optional<?> optional = (Optional<?>) value;
      if (optional.isPresent()) {
        walk(type.element(), optional.get());
      }
      return null;
    }
  };

  private Property<?, ?>[] holding(StructType<?> type) {
    Property<?, ?>[] properties = holding.get(type);
    if (properties == null) {
      List<Property<?, ?>> found = new ArrayList<>();
      for (Property<?, ?> property : type.properties()) {
        if (holdsReferenceOrCode(property.type())) {
          found.add(property);
        }
      }
      properties = found.isEmpty() ? NONE : found.toArray(NONE);
      holding.put(type, properties);
    }
    return properties;
  }

  private boolean holdsReferenceOrCode(ValueType<?> type) {
    return type.accept(holds, null);
  }

  /** Whether values of a type can hold a reference, a code or a defined scalar at any depth. */
  private final ValueType.Visitor<Void, Boolean> holds = new ValueType.Visitor<>() {
    @Override
    public Boolean visitScalar(ScalarType<?> type, Void none) {
      return type instanceof RefType || type instanceof CodeType || type.scalar() == ScalarType.Scalar.DEFINED;
    }

    @Override
    public Boolean visitLocalizedText(ValueType<LocalizedText> type, Void none) {
      return false;
    }

    @Override
    public Boolean visitStruct(StructType<?> type, Void none) {
      return holding(type).length > 0;
    }

    @Override
    public Boolean visitList(ListType<?> type, Void none) {
      return holdsReferenceOrCode(type.element());
    }

    @Override
    public Boolean visitOptional(OptionalType<?> type, Void none) {
      return holdsReferenceOrCode(type.element());
    }
  };
}
