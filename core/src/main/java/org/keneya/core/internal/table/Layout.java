package org.keneya.core.internal.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.Reasons;
import org.keneya.core.internal.codec.ReferenceCache;
import org.keneya.core.internal.codec.ScalarText;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;

/**
 * The columns of one kind's table, derived from its description, and the conversion between a
 * value and a row of cells, for every tabular format. The rule, applied at every depth:
 *
 * <ul>
 *   <li>a scalar is one column with the value's canonical text ({@link ScalarText});
 *   <li>localized text is one column per language, {@code name.fr}, {@code name.en};
 *   <li>a nested value is flattened with dotted names, {@code deadline.form};
 *   <li>an optional nested value that has no required column of its own gets a presence column
 *       named after it ({@code true} when present), so present-but-empty and absent differ;
 *   <li>a list is one cell holding the whole list, encoded as the format chooses ({@link
 *       WholeValueCells}; the CSV codec writes a JSON array): an empty list is an empty cell, or the
 *       format's empty list if the list is optional, whose absence is the empty cell.
 * </ul>
 *
 * An empty cell is an absent optional value. Rows are written by a writer specialized to each
 * struct (a hidden copy of {@link StructTemplate}, made on the first row), unless the layout was
 * made generic (a codec's switch), and read by walking the tree of cells, under the {@link
 * ReadLimits} of the layout: number cells are checked before they are parsed, text cells for their
 * length, list cells for their length (and by the format for what is inside them).
 *
 * <p>A layout for writing is worth keeping, since its struct writers are classes of their own that
 * the JIT compiles once: a codec keeps its layouts in a {@link Cache}, its own or its registry's
 * (never a static one), so that they go when the codec or the registry goes.
 *
 * <pre>{@code
 * Layout.Cache layouts = new Layout.Cache(true);                       // the codec's or its registry's
 * Layout<E> layout = layouts.of(kind.struct(), languages, cells);      // cells: the format's WholeValueCells
 * String[] row = layout.write(entity);                                 // layout.header() names the cells
 * E back = Layout.forHeader(kind.struct(), header, limits, cells).read(row, new Layout.RowPlace("e.csv", 2));
 * }</pre>
 */
public final class Layout<T> {
  private final StructType<T> type;
  private final ImmutableList<String> languages;
  private final ImmutableList<Column> columns;
  private final Node root;
  private final String[] emptyRow; // every cell "", copied for each row written
  private final boolean specialize; // false: every struct written by the generic walk
  private final ReadLimits limits; // for cells, and what the format reads in whole-value cells
  private final WholeValueCells cells;

  private Layout(StructType<T> type, List<String> languages, boolean specialize, ReadLimits limits, WholeValueCells cells) {
    this.specialize = specialize;
    this.limits = limits;
    this.cells = cells;
    this.type = type;
    this.languages = ImmutableList.copyOf(new TreeSet<>(languages));
    List<Column> cols = new ArrayList<>();
    this.root = build("", type, true, cols, List.of());
    this.columns = ImmutableList.copyOf(cols);
    this.emptyRow = new String[columns.size()];
    Arrays.fill(emptyRow, "");
  }

  /**
   * A new layout of {@code type}'s table with a column per language for each localized text, its
   * whole values (lists) in cells encoded by {@code cells}, its structs written by specialized
   * writers. Not kept: a codec writing many tables keeps its layouts in a {@link Cache}.
   */
  public static <T> Layout<T> of(StructType<T> type, List<String> languages, WholeValueCells cells) {
    return new Layout<>(type, languages, true, ReadLimits.defaults(), cells);
  }

  /**
   * The layouts a codec writes with, by struct type, languages and encoding (a few hundred at most:
   * bounded, a program that writes ever new language sets starts again), all specialized or all
   * generic. Thread-safe; held by a codec or kept with its registry (the CSV codec's), never
   * static, so that the layouts of a registry that is dropped go with it.
   */
  public static final class Cache {
    private static final int MAX_LAYOUTS = 256;
    private final Map<List<Object>, Layout<?>> layouts = new ConcurrentHashMap<>();
    private final boolean specialize;

    /** A cache of layouts whose structs are written by specialized writers if {@code specialize}, else by the generic walk. */
    public Cache(boolean specialize) {
      this.specialize = specialize;
    }

    /** The layout of {@code type}'s table, as {@link Layout#of} makes it; made once and kept. */
    @SuppressWarnings("unchecked")
    public <T> Layout<T> of(StructType<T> type, List<String> languages, WholeValueCells cells) {
      List<Object> key = List.of(type, ImmutableSortedSet.copyOf(languages), cells);
      Layout<?> layout = layouts.get(key);
      if (layout == null) {
        if (layouts.size() >= MAX_LAYOUTS) {
          layouts.clear();
        }
        layout = layouts.computeIfAbsent(key, k -> new Layout<>(type, languages, specialize, ReadLimits.defaults(), cells));
      }
      return (Layout<T>) layout;
    }
  }

  /** A new layout that writes every struct with the generic walk, never specialized. */
  public static <T> Layout<T> generic(StructType<T> type, List<String> languages, WholeValueCells cells) {
    return new Layout<>(type, languages, false, ReadLimits.defaults(), cells);
  }

  /** Whether the value's own struct is written by a specialized writer: for tests. */
  public boolean isSpecialized() {
    return root.slotWriter() != root; // the root is the struct itself
  }

  /** The layout whose language columns are the ones a header names, reading under {@code limits}. */
  public static <T> Layout<T> forHeader(StructType<T> type, List<String> header, ReadLimits limits, WholeValueCells cells) {
    Set<String> prefixes = new TreeSet<>();
    new Layout<>(type, List.of(), false, ReadLimits.defaults(), cells).root.textPrefixes(prefixes);
    Set<String> languages = new TreeSet<>();
    for (String name : header) {
      int dot = name.lastIndexOf('.');
      if (dot > 0 && prefixes.contains(name.substring(0, dot))) {
        languages.add(name.substring(dot + 1));
      }
    }
    return new Layout<>(type, List.copyOf(languages), true, limits, cells);
  }

  /** Adds the languages of every localized text that gets columns (outside lists) in {@code value}. */
  public static void collectLanguages(ValueType<?> type, Object value, Set<String> out) {
    type.accept(new LanguageCollector(out), value);
  }

  /** Collects the languages of the localized texts a value holds outside lists (a list is one cell of JSON). */
  private static final class LanguageCollector implements ValueType.Visitor<Object, @Nullable Void> {
    private final Set<String> out;

    LanguageCollector(Set<String> out) {
      this.out = out;
    }

    @Override
    public @Nullable Void visitScalar(ScalarType<?> type, Object value) {
      return null;
    }

    @Override
    public @Nullable Void visitLocalizedText(ValueType<LocalizedText> type, Object value) {
      out.addAll(((LocalizedText) value).byLanguage().keySet());
      return null;
    }

    @Override
    public @Nullable Void visitStruct(StructType<?> type, Object value) {
      collectStruct(type, value);
      return null;
    }

    private <S> void collectStruct(StructType<S> type, Object value) {
      S struct = type.javaType().cast(value);
      for (Property<S, ?> p : type.properties()) {
        p.type().accept(this, p.get(struct));
      }
    }

    @Override
    public @Nullable Void visitList(ListType<?> type, Object value) {
      return null;
    }

    @Override
    public @Nullable Void visitOptional(OptionalType<?> type, Object value) {
      ((Optional<?>) value).ifPresent(v -> type.element().accept(this, v));
      return null;
    }
  }

  public ImmutableList<Column> columns() {
    return columns;
  }

  public ImmutableList<String> header() {
    return columns.stream().map(Column::name).collect(ImmutableList.toImmutableList());
  }

  public ImmutableList<String> languages() {
    return languages;
  }

  /** The cells of {@code value}, in column order; empty strings for absent values. */
  public String[] write(T value) {
    String[] row = emptyRow.clone(); // a copy, cheaper than filling a new array cell by cell
    root.write(value, row);
    return row;
  }

  /** Builds a value from a row whose cells are in column order. */
  public T read(String[] row, RowPlace place) {
    @SuppressWarnings("unchecked")
    T value = (T) root.read(row, place);
    if (value == null) {
      throw place.error(columns.get(0).name(), "the row is empty");
    }
    return value;
  }

  /** Where a row comes from, for error messages. */
  public record RowPlace(String source, long row) {
    /** An error in {@code column} of this row. */
    public MalformedInputException error(String column, String reason) {
      return new MalformedInputException(Place.row(source, row, column), reason);
    }
  }

  // ---- the tree of cells, mirroring the description

  /** The node of a value of {@code type}, its cells named from {@code prefix}, under the declared {@code constraints}. */
  private Node build(String prefix, ValueType<?> type, boolean required, List<Column> cols, List<Constraint> constraints) {
    return type.accept(new NodeBuilder(prefix, required, cols, constraints), null);
  }

  /** Builds the node of one value's type, adding its columns. */
  private final class NodeBuilder implements ValueType.Visitor<@Nullable Void, Node> {
    private final String prefix;
    private final boolean required;
    private final List<Column> cols;
    private final List<Constraint> constraints;

    NodeBuilder(String prefix, boolean required, List<Column> cols, List<Constraint> constraints) {
      this.prefix = prefix;
      this.required = required;
      this.cols = cols;
      this.constraints = constraints;
    }

    @Override
    public Node visitScalar(ScalarType<?> type, @Nullable Void none) {
      return new ScalarNode(add(cols, new Column(prefix, Column.Type.SCALAR, type, null, required, constraints)), type);
    }

    @Override
    public Node visitLocalizedText(ValueType<LocalizedText> type, @Nullable Void none) {
      Map<String, Integer> byLanguage = new LinkedHashMap<>();
      for (String language : languages) {
        byLanguage.put(language,
            add(cols, new Column(prefix + "." + language, Column.Type.LANGUAGE, type, language, false, constraints)));
      }
      return new TextNode(prefix, ImmutableMap.copyOf(byLanguage));
    }

    @Override
    public Node visitStruct(StructType<?> struct, @Nullable Void none) {
      List<Node> children = new ArrayList<>();
      for (Property<?, ?> p : struct.properties()) {
        String name = prefix.isEmpty() ? p.name() : prefix + "." + p.name();
        children.add(build(name, p.type(), required && p.isRequired(), cols, childConstraints(struct, p, constraints)));
      }
      return new StructNode(prefix, struct, ImmutableList.copyOf(children));
    }

    @Override
    public Node visitList(ListType<?> type, @Nullable Void none) {
      return listNode(prefix, type, false, cols, constraints);
    }

    @Override
    public Node visitOptional(OptionalType<?> type, @Nullable Void none) {
      ValueType<?> element = type.element();
      if (element instanceof ListType) { // its own cell tells: empty is absent, [] is empty
        return new OptionalNode(listNode(prefix, element, true, cols, constraints), -1);
      }
      int presence = visible(element) ? -1 : add(cols, new Column(prefix, Column.Type.PRESENCE, null, null, false, List.of()));
      return new OptionalNode(build(prefix, element, false, cols, constraints), presence);
    }
  }

  /**
   * The constraints on property {@code p} of {@code struct}: its own, and — when {@code struct} is
   * money — the ranges declared on the money, which apply to its amount.
   */
  private static List<Constraint> childConstraints(StructType<?> struct, Property<?, ?> p, List<Constraint> onStruct) {
    if (onStruct.isEmpty() || !struct.equals(ValueType.money()) || !p.name().equals("amount")) {
      return p.constraints();
    }
    List<Constraint> all = new ArrayList<>(p.constraints());
    onStruct.stream().filter(c -> c.kind() == Constraint.Kind.RANGE).forEach(all::add);
    return all;
  }

  private ListNode listNode(String prefix, ValueType<?> type, boolean optional, List<Column> cols, List<Constraint> constraints) {
    Column column = new Column(prefix, Column.Type.VALUE, type, null, false, constraints);
    return new ListNode(add(cols, column), optional, cells.cell(column, optional, limits));
  }

  private static int add(List<Column> cols, Column column) {
    cols.add(column);
    return cols.size() - 1;
  }

  /** Whether a present value always leaves a non-empty cell, so that presence needs no marker. */
  private static boolean visible(ValueType<?> type) {
    return type.accept(VISIBLE, null);
  }

  private static final ValueType.Visitor<@Nullable Void, Boolean> VISIBLE = new ValueType.Visitor<>() {
    @Override
    public Boolean visitScalar(ScalarType<?> type, @Nullable Void none) {
      return true;
    }

    @Override
    public Boolean visitLocalizedText(ValueType<LocalizedText> type, @Nullable Void none) {
      return true;
    }

    @Override
    public Boolean visitStruct(StructType<?> type, @Nullable Void none) {
      return type.properties().stream().anyMatch(p -> p.isRequired() && visible(p.type()));
    }

    @Override
    public Boolean visitList(ListType<?> type, @Nullable Void none) {
      return false;
    }

    @Override
    public Boolean visitOptional(OptionalType<?> type, @Nullable Void none) {
      return false;
    }
  };

  /** One node of the tree of cells; package-private for the specialized struct writers. */
  abstract static class Node {
    abstract void write(Object value, String[] row);

    /** What a specialized struct calls to write this child's present value: itself, or what it wraps. */
    Node slotWriter() {
      return this;
    }

    /** The column marking this child's presence, or -1. */
    int presenceColumn() {
      return -1;
    }

    /** The value, or null when its cells are empty. */
    abstract @Nullable Object read(String[] row, RowPlace place);

    void textPrefixes(Set<String> out) {}

    abstract String firstColumn();
  }

  private final class ScalarNode extends Node {
    private final int column;
    private final ScalarType<Object> type;
    private final @Nullable ReferenceCache references;

    @SuppressWarnings("unchecked")
    ScalarNode(int column, ScalarType<?> type) {
      this.column = column;
      this.type = (ScalarType<Object>) type;
      this.references = ScalarText.referenceCache(type);
    }

    @Override
    void write(Object value, String[] row) {
      row[column] = ScalarText.format(type, value);
    }

    @Override
    @Nullable Object read(String[] row, RowPlace place) {
      String cell = row[column];
      if (cell.isEmpty()) {
        return null;
      }
      try {
        return ScalarText.parse(type, cell, limits, references);
      } catch (InvalidValueException e) {
        throw place.error(columns.get(column).name(), e.reason());
      }
    }

    @Override
    String firstColumn() {
      return columns.get(column).name();
    }
  }

  private final class TextNode extends Node {
    private final String prefix;
    private final ImmutableMap<String, Integer> byLanguage;
    private final String[] languageOrder; // byLanguage as arrays: read once per row, without iterators
    private final int[] columnOrder;

    TextNode(String prefix, ImmutableMap<String, Integer> byLanguage) {
      this.prefix = prefix;
      this.byLanguage = byLanguage;
      this.languageOrder = byLanguage.keySet().toArray(new String[0]);
      this.columnOrder = byLanguage.values().stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    void write(Object value, String[] row) {
      // The text's languages and the table's are both in natural order: one merge over the map's
      // own key and value lists, with no lookup, entry or iterator per text.
      ImmutableSortedMap<String, String> texts = ((LocalizedText) value).byLanguage();
      ImmutableList<String> keys = texts.keySet().asList();
      ImmutableList<String> values = texts.values().asList();
      int column = 0;
      for (int i = 0; i < keys.size(); i++) {
        String language = keys.get(i);
        while (column < languageOrder.length && !languageOrder[column].equals(language)) {
          column++;
        }
        if (column == languageOrder.length) {
          throw new IllegalArgumentException(
              prefix + " has text in \"" + language + "\" but the table's languages are " + languages
                  + "; name every language in the writer's options (its languages)");
        }
        row[columnOrder[column++]] = values.get(i);
      }
    }

    @Override
    @Nullable Object read(String[] row, RowPlace place) {
      int found = -1; // the one language with text, while there is only one
      Map<String, String> texts = null; // only for text in more than one language
      for (int i = 0; i < columnOrder.length; i++) {
        String cell = row[columnOrder[i]];
        if (cell.isEmpty()) {
          continue;
        }
        checkText(cell, columnOrder[i], place);
        if (found < 0 && texts == null) {
          found = i;
          continue;
        }
        if (texts == null) {
          texts = new LinkedHashMap<>();
          texts.put(languageOrder[found], row[columnOrder[found]]);
        }
        texts.put(languageOrder[i], cell);
      }
      if (found < 0) {
        return null;
      }
      try {
        return texts == null
            ? LocalizedText.of(languageOrder[found], row[columnOrder[found]])
            : LocalizedText.of(texts);
      } catch (InvalidValueException e) {
        throw place.error(prefix, e.getMessage());
      }
    }

    private void checkText(String cell, int column, RowPlace place) {
      try {
        limits.checkText(cell);
      } catch (InvalidValueException e) {
        throw place.error(columns.get(column).name(), e.reason());
      }
    }

    @Override
    void textPrefixes(Set<String> out) {
      out.add(prefix);
    }

    @Override
    String firstColumn() {
      return byLanguage.isEmpty() ? prefix : columns.get(byLanguage.values().iterator().next()).name();
    }
  }

  private final class StructNode extends Node {
    private final String prefix;
    private final StructType<Object> type;
    private final ImmutableList<Node> children;
    private final Node[] childArray; // children and properties as arrays for the write loop
    private final Property<Object, ?>[] properties;

    @SuppressWarnings("unchecked")
    StructNode(String prefix, StructType<?> type, ImmutableList<Node> children) {
      this.prefix = prefix;
      this.type = (StructType<Object>) type;
      this.children = children;
      this.childArray = children.toArray(new Node[0]);
      this.properties = this.type.properties().toArray(new Property[0]);
    }

    // Made on first write, not for reading; a racing thread only makes a second, equal one.
    private @Nullable Node specialized;
    private boolean generic = !specialize; // or too many properties to specialize

    @Override
    void write(Object value, String[] row) {
      Node writer = writer();
      if (writer != this) {
        writer.write(value, row);
        return;
      }
      for (int i = 0; i < childArray.length; i++) {
        // an optional child takes its value or null (see StructType.Builder#addOptional)
        childArray[i].write(properties[i].valueOrNull(value), row);
      }
    }

    /** This struct's writer with its accessors and children as constants (see StructTemplate). */
    private @Nullable Node specialize() {
      List<Function<Object, ?>> getters = new ArrayList<>();
      List<Node> writers = new ArrayList<>();
      int[] presence = new int[childArray.length];
      for (int i = 0; i < childArray.length; i++) {
        @SuppressWarnings("unchecked")
        Function<Object, ?> getter = (Function<Object, ?>) properties[i].valueOrNullFunction();
        getters.add(getter);
        writers.add(childArray[i].slotWriter());
        presence[i] = childArray[i].presenceColumn();
      }
      Node writer = Specialized.structWriter(getters, writers, presence);
      generic = writer == null;
      specialized = writer;
      return writer;
    }

    @Override
    Node slotWriter() {
      return writer();
    }

    /** The node that writes this struct: its specialized copy, or itself. */
    private Node writer() {
      Node writer = specialized;
      if (writer == null && !generic) {
        writer = specialize();
      }
      return writer != null ? writer : this;
    }

    @Override
    @Nullable Object read(String[] row, RowPlace place) {
      Object[] values = new Object[children.size()];
      boolean any = false;
      for (int i = 0; i < values.length; i++) {
        Object value = children.get(i).read(row, place);
        if (value != null) {
          values[i] = value;
          any = true;
        } // else the builder's default (an empty list or optional), without calling its setter
      }
      if (!any && !prefix.isEmpty() && type.properties().stream().anyMatch(Property::isRequired)) {
        return null; // absent (an optional's), or values missing that the property's owner reports
      }
      // else a struct of optional values only, all absent: the empty struct (an optional one has
      // a presence column, read before this)
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null && type.properties().get(i).isRequired()) {
          throw place.error(children.get(i).firstColumn(), "a value is required");
        }
      }
      try {
        return type.create(values);
      } catch (InvalidValueException e) {
        int property = Reasons.propertyNamed(type, e);
        if (property >= 0) { // the column of the property the value breaks
          throw place.error(children.get(property).firstColumn(), Reasons.shortened(e.getMessage(), null));
        }
        throw place.error(prefix.isEmpty() ? children.get(0).firstColumn() : prefix, "invalid " + type.name() + ": " + e.getMessage());
      }
    }

    @Override
    void textPrefixes(Set<String> out) {
      children.forEach(c -> c.textPrefixes(out));
    }

    @Override
    String firstColumn() {
      return children.get(0).firstColumn();
    }
  }

  private final class OptionalNode extends Node {
    private final Node child;
    private final int presence;

    OptionalNode(Node child, int presence) {
      this.child = child;
      this.presence = presence;
    }

    @Override
    Node slotWriter() {
      return child.slotWriter(); // the slot itself skips an absent value and marks presence
    }

    @Override
    int presenceColumn() {
      return presence;
    }

    /** Writes the optional's value, or nothing for {@code null}: its struct passes it unwrapped. */
    @Override
    void write(@Nullable Object value, String[] row) {
      if (value != null) {
        if (presence >= 0) {
          row[presence] = "true";
        }
        child.write(value, row);
      }
    }

    /** The value itself, or null when absent: its struct takes an optional's value unwrapped. */
    @Override
    @Nullable Object read(String[] row, RowPlace place) {
      if (presence >= 0) {
        String marker = row[presence];
        if (marker.isEmpty()) {
          return null;
        }
        if (!marker.equals("true")) {
          throw place.error(columns.get(presence).name(), "expected \"true\" or an empty cell, found " + Excerpt.quote(marker));
        }
        Object v = child.read(row, place);
        return v != null ? v : emptyStruct(place);
      }
      return child.read(row, place);
    }

    private Object emptyStruct(RowPlace place) {
      StructNode struct = (StructNode) child;
      try {
        return struct.type.create(new Object[struct.children.size()]);
      } catch (InvalidValueException e) {
        throw place.error(columns.get(presence).name(), e.getMessage());
      }
    }

    @Override
    void textPrefixes(Set<String> out) {
      child.textPrefixes(out);
    }

    @Override
    String firstColumn() {
      return presence >= 0 ? columns.get(presence).name() : child.firstColumn();
    }
  }

  /** A list's cell, encoded by the format's {@link WholeValueCell}. */
  private final class ListNode extends Node {
    private final int column;
    /** The list is optional: an empty one has the format's cell, since an empty cell means absent. */
    private final boolean optional;
    private final WholeValueCell cell;

    ListNode(int column, boolean optional, WholeValueCell cell) {
      this.column = column;
      this.optional = optional;
      this.cell = cell;
    }

    @Override
    void write(Object value, String[] row) {
      if (!optional && ((List<?>) value).isEmpty()) {
        row[column] = "";
        return;
      }
      row[column] = cell.write(value);
    }

    /** The list, or null for an empty cell: the struct leaves its builder's empty list. */
    @Override
    @Nullable Object read(String[] row, RowPlace place) {
      String text = row[column];
      if (text.isEmpty()) {
        return null;
      }
      Object list = cell.read(text, place);
      try {
        limits.checkListLength(((List<?>) list).size());
      } catch (InvalidValueException e) {
        throw place.error(columns.get(column).name(), e.reason());
      }
      return list;
    }

    @Override
    String firstColumn() {
      return columns.get(column).name();
    }
  }

  @Override
  public String toString() {
    return type.name() + header();
  }
}
