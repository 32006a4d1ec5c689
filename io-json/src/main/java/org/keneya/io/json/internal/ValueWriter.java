package org.keneya.io.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.keneya.core.internal.codec.HiddenCopies;
import org.keneya.core.internal.codec.ScalarText;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes values to a {@link JsonGenerator} by walking their {@link ValueType}: one case per shape,
 * worked out once per struct type (a {@link StructPlan}) rather than asked of every value, and each
 * struct type written by a writer of its own — a hidden copy of {@link StructTemplate} with the
 * type's accessors, names and cases as constants, which the JIT compiles as if written by hand —
 * or, for a writer made without them, by the generic walk, which writes the same bytes. Absent
 * optionals and empty lists are omitted.
 *
 * <p>Thread-safe. A writer keeps its plans and specialized writers: the codecs take one writer
 * per registry ({@link DatasetJson#writer}) for all they write, so that they are defined and
 * compiled once, and go when the registry goes.
 *
 * <pre>{@code
 * ValueWriter values = DatasetJson.writer(registry, options.specializedWriters()); // the registry's
 * values.writeEntity(generator, Recommendation.KIND, recommendation);
 * }</pre>
 */
public final class ValueWriter {
  // What each value is written as; decided once per property, so that writing a value is one switch.
  // Package-private for the specialized struct writers (StructTemplate).
  static final int STRING = 0;
  static final int BOOLEAN = 1;
  static final int INTEGER = 2;
  static final int DECIMAL = 3;
  static final int FORMATTED = 4;
  static final int TEXT = 5;
  static final int STRUCT = 6;
  static final int LIST = 7;
  static final int OPTIONAL = 8;
  static final int ID = 9; // ids, codes and references to one kind: their text without a formatter call
  static final int CODE = 10;
  static final int REFERENCE = 11;
  static final int DATE = 12;
  static final int ENUM = 13; // its constant's name, encoded once
  static final int DEFINED = 14; // a defined scalar: its text, as the token its type says

  // ISO dates are written from this buffer: LocalDate.toString builds a StringBuilder and a String
  // per date, which was all the allocation left in writing a dataset.
  private static final ThreadLocal<char[]> DATE_CHARS = ThreadLocal.withInitial(() -> new char[10]);

  // This writer's plans, so that a struct type's specialized writer is defined and compiled once per
  // writer; bounded (a writer given ever new struct types starts again). Safe to share between threads.
  private static final int MAX_PLANS = 256;
  private static final byte[] TEMPLATE = HiddenCopies.bytes(StructTemplate.class);

  private final Map<StructType<?>, StructPlan> plans = new ConcurrentHashMap<>();
  private final boolean specializes;

  /** A writer that writes each struct type with a specialized writer (see {@link StructTemplate}). */
  public ValueWriter() {
    this(true);
  }

  /**
   * A writer that writes each struct type with a specialized writer if {@code specializes}, else
   * every struct by the generic walk (see {@code JsonOptions#specializedWriters}).
   */
  public ValueWriter(boolean specializes) {
    this.specializes = specializes;
  }

  /** A writer that walks every struct generically, never specialized: for tests to compare with. */
  static ValueWriter generic() {
    return new ValueWriter(false);
  }

  /** Writes an entity as an object of its kind's properties. */
  public <E extends Entity> void writeEntity(JsonGenerator out, EntityKind<E> kind, E entity) {
    writeStruct(out, plan(kind.struct()), entity);
  }

  public void write(JsonGenerator out, ValueType<?> type, Object value) {
    write(out, caseOf(type), type, value);
  }

  @SuppressWarnings("unchecked")
  void write(JsonGenerator out, int how, ValueType<?> type, Object value) {
    switch (how) {
      case STRING:
        out.writeString((String) value);
        break;
      case BOOLEAN:
        out.writeBoolean((Boolean) value);
        break;
      case INTEGER:
        out.writeNumber((Integer) value);
        break;
      case DECIMAL:
        out.writeNumber((BigDecimal) value);
        break;
      case FORMATTED:
        out.writeString(((ScalarType<Object>) type).format(value));
        break;
      case ID:
        out.writeString(((Id) value).value());
        break;
      case CODE:
        out.writeString(((Code) value).value());
        break;
      case REFERENCE:
        out.writeString(((Ref<?>) value).id().value());
        break;
      case DATE:
        writeDate(out, (LocalDate) value);
        break;
      case ENUM:
        out.writeString(((ScalarType<Object>) type).format(value));
        break;
      case DEFINED:
        writeDefined(out, (ScalarType<Object>) type, value);
        break;
      case TEXT:
        writeText(out, ((LocalizedText) value).byLanguage());
        break;
      case STRUCT:
        writeStruct(out, plan((StructType<?>) type), value);
        break;
      case LIST:
        writeList(out, ((ListType<?>) type).element(), (List<?>) value);
        break;
      case OPTIONAL: // only inside a list: a struct's optional properties are unwrapped by its plan
        write(out, ((OptionalType<?>) type).element(), ((Optional<?>) value).orElseThrow());
        break;
      default:
        throw new IllegalStateException("unknown case " + how);
    }
  }

  /** A defined scalar's canonical text, as a string, or as the number or boolean it spells. */
  private static void writeDefined(JsonGenerator out, ScalarType<Object> type, Object value) {
    String text = ScalarText.definedText(type, value);
    switch (type.token()) {
      case INTEGER:
      case NUMBER:
        out.writeNumber(text);
        break;
      case BOOLEAN:
        out.writeBoolean(Boolean.parseBoolean(text));
        break;
      default:
        out.writeString(text);
    }
  }

  private void writeList(JsonGenerator out, ValueType<?> element, List<?> list) {
    int how = caseOf(element);
    out.writeStartArray();
    for (int i = 0; i < list.size(); i++) {
      write(out, how, element, list.get(i));
    }
    out.writeEndArray();
  }

  /** The date as {@link LocalDate#toString()} writes it, without building a string. */
  static void writeDate(JsonGenerator out, LocalDate date) {
    char[] c = DATE_CHARS.get();
    if (ScalarText.isoDate(date, c)) {
      out.writeString(c, 0, 10);
    } else {
      out.writeString(date.toString());
    }
  }

  /** By index over the map's own key and value lists: no entry or iterator objects per text. */
  private static void writeText(JsonGenerator out, ImmutableSortedMap<String, String> texts) {
    ImmutableList<String> languages = texts.keySet().asList();
    ImmutableList<String> values = texts.values().asList();
    out.writeStartObject();
    for (int i = 0; i < languages.size(); i++) {
      out.writeName(languages.get(i));
      out.writeString(values.get(i));
    }
    out.writeEndObject();
  }

  private void writeStruct(JsonGenerator out, StructPlan plan, Object struct) {
    if (specializes) {
      plan.writer(this).write(out, struct);
    } else {
      writeGeneric(out, plan, struct);
    }
  }

  /** The generic walk, for structs with more properties than {@link StructTemplate} has slots. */
  private void writeGeneric(JsonGenerator out, StructPlan plan, Object struct) {
    out.writeStartObject();
    for (int i = 0; i < plan.names.length; i++) {
      // optional properties give their value or null (see StructType.Builder#addOptional)
      Object v = plan.properties[i].valueOrNull(struct);
      int how = plan.cases[i];
      if (v == null || (how == LIST && ((List<?>) v).isEmpty())) {
        continue;
      }
      out.writeName(plan.names[i]);
      if (how == STRUCT) {
        writeStruct(out, plan.nested(i, this), v);
      } else if (how == ENUM) {
        out.writeString(plan.enumNames[i][((Enum<?>) v).ordinal()]);
      } else {
        write(out, how, plan.types[i], v);
      }
    }
    out.writeEndObject();
  }

  private StructPlan plan(StructType<?> type) {
    StructPlan plan = plans.get(type);
    if (plan != null) {
      return plan;
    }
    if (plans.size() >= MAX_PLANS) {
      plans.clear();
    }
    return plans.computeIfAbsent(type, StructPlan::new);
  }

  /**
   * A writer of {@code plan}'s struct with its accessors, names and cases as constants: a hidden
   * copy of {@link StructTemplate}; or the generic walk past {@link StructTemplate#SLOTS}
   * properties.
   */
  private StructWriter specialize(StructPlan plan) {
    int n = plan.names.length;
    if (n > StructTemplate.SLOTS) {
      return generic(plan);
    }
    List<Object> data = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      data.add(plan.properties[i].valueOrNullFunction());
      data.add(plan.names[i]);
      data.add(plan.cases[i]);
      data.add(plan.types[i]);
      data.add(plan.cases[i] == STRUCT ? plan.nested(i, this).writer(this)
          : plan.cases[i] == ENUM ? plan.enumNames[i] : this);
    }
    return HiddenCopies.copy(MethodHandles.lookup(), TEMPLATE, data, StructWriter.class);
  }

  private StructWriter generic(StructPlan plan) {
    return new GenericWriter(plan);
  }

  /** Whether values of {@code type} are written by a specialized writer: for tests. */
  boolean isSpecialized(StructType<?> type) {
    return specializes && !(plan(type).writer(this) instanceof GenericWriter);
  }

  /** A struct type's writer by the generic walk. */
  private final class GenericWriter extends StructWriter {
    private final StructPlan plan;

    GenericWriter(StructPlan plan) {
      this.plan = plan;
    }

    @Override
    void write(JsonGenerator out, Object value) {
      writeGeneric(out, plan, value);
    }
  }



  private static int caseOf(ValueType<?> type) {
    return type.accept(CASES, null);
  }

  /** What a value of each type is written as. */
  private static final ValueType.Visitor<@Nullable Void, Integer> CASES = new ValueType.Visitor<>() {
    @Override
    public Integer visitScalar(ScalarType<?> type, @Nullable Void none) {
      switch (type.scalar()) {
        case STRING:
          return STRING;
        case BOOLEAN:
          return BOOLEAN;
        case INTEGER:
          return INTEGER;
        case DECIMAL:
          return DECIMAL;
        case ID:
          return ID;
        case CODE:
          return CODE;
        case DATE:
          return DATE;
        case ENUM:
          return ENUM;
        case REFERENCE: // a reference to one kind is written as the id alone (RefType's format)
          return ((RefType<?>) type).target().isPresent() ? REFERENCE : FORMATTED;
        case DEFINED:
          return DEFINED;
        default:
          return FORMATTED;
      }
    }

    @Override
    public Integer visitLocalizedText(ValueType<LocalizedText> type, @Nullable Void none) {
      return TEXT;
    }

    @Override
    public Integer visitStruct(StructType<?> type, @Nullable Void none) {
      return STRUCT;
    }

    @Override
    public Integer visitList(ListType<?> type, @Nullable Void none) {
      return LIST;
    }

    @Override
    public Integer visitOptional(OptionalType<?> type, @Nullable Void none) {
      return OPTIONAL;
    }
  };


  /**
   * How the properties of one struct type are written: names and enum constants encoded, optionals
   * unwrapped, cases decided, and the plans of nested structs found once rather than per value.
   */
  private static final class StructPlan {
    final SerializableString[] names;
    final Property<Object, ?>[] properties;
    final ValueType<?>[] types;
    final int[] cases;
    final SerializableString[][] enumNames; // by ordinal, for ENUM properties
    // Filled on first use. A racy write is harmless: every thread stores the same plan, whose
    // fields are final.
    private final StructPlan[] nested;
    // Made on first write; a racing thread makes a second, equal one. A struct cannot nest its own
    // type (a StructType is built from types that exist), so making it ends.
    private @Nullable StructWriter writer;

    @SuppressWarnings("unchecked")
    StructPlan(StructType<?> struct) {
      int n = struct.properties().size();
      names = new SerializableString[n];
      properties = new Property[n];
      types = new ValueType<?>[n];
      cases = new int[n];
      enumNames = new SerializableString[n][];
      nested = new StructPlan[n];
      for (int i = 0; i < n; i++) {
        Property<?, ?> property = struct.properties().get(i);
        ValueType<?> type = property.type();
        names[i] = new SerializedString(property.name());
        properties[i] = (Property<Object, ?>) property;
        types[i] = type.shape() == ValueType.Shape.OPTIONAL ? ((OptionalType<?>) type).element() : type;
        cases[i] = caseOf(types[i]);
        if (cases[i] == ENUM) {
          enumNames[i] = enumNames((ScalarType<?>) types[i]);
        }
      }
    }

    StructWriter writer(ValueWriter values) {
      StructWriter made = writer;
      if (made == null) {
        made = values.specialize(this);
        writer = made;
      }
      return made;
    }

    StructPlan nested(int i, ValueWriter writer) {
      StructPlan plan = nested[i];
      if (plan == null) {
        plan = writer.plan((StructType<?>) types[i]);
        nested[i] = plan;
      }
      return plan;
    }

    @SuppressWarnings("unchecked")
    private static SerializableString[] enumNames(ScalarType<?> type) {
      Object[] constants = type.javaType().getEnumConstants();
      SerializableString[] names = new SerializableString[constants.length];
      for (int c = 0; c < constants.length; c++) {
        names[c] = new SerializedString(((ScalarType<Object>) type).format(constants[c]));
      }
      return names;
    }
  }
}
