package org.keneya.core.value;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.keneya.core.validation.Checks;

/**
 * A typed reference to an entity: the name of its kind and its id. The type parameter documents
 * the target's Java type; a dataset resolves the reference and reports it when it dangles.
 *
 * <pre>{@code
 * Ref<Document> report = Ref.of("document", "report-2023");
 * report.toString();                              // document:report-2023
 * Ref<?> same = Ref.parse("document:report-2023"); // equal to report
 * }</pre>
 *
 * @param <T> the Java type of the entity referred to
 */
public final class Ref<T> implements Comparable<Ref<?>> {
  /** The syntax of a kind name, such as {@code document} or {@code line-item}. */
  public static final Pattern KIND_SYNTAX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private static final Comparator<Ref<?>> ORDER =
      Comparator.<Ref<?>, String>comparing(Ref::kind).thenComparing(Ref::id);

  /** Kind names already found valid, by hash: a cache of valid names only, so it cannot admit a bad one. */
  private static final String[] CHECKED_KINDS = new String[32];

  private final String kind;
  private final Id id;

  private Ref(String kind, Id id) {
    this.kind = kind;
    this.id = id;
  }

  public static <T> Ref<T> of(String kind, Id id) {
    return new Ref<>(checkKind(kind), Checks.notNull("Ref.id", id));
  }

  public static <T> Ref<T> of(String kind, String id) {
    return of(kind, Id.of(id));
  }

  /** Parses the {@code kind:id} form written by {@link #toString()}. */
  public static <T> Ref<T> parse(String text) {
    Checks.notNull("Ref", text);
    int colon = text.indexOf(':');
    Checks.check(colon > 0, "Ref", "must be written kind:id, was \"%s\"", text);
    return of(text.substring(0, colon), text.substring(colon + 1));
  }

  /** Validates a kind name and returns it. */
  public static String checkKind(String kind) {
    Checks.notNull("kind", kind);
    int slot = kind.hashCode() & (CHECKED_KINDS.length - 1);
    if (kind.equals(CHECKED_KINDS[slot])) {
      return kind; // a kind name seen before: readers make millions of references to a handful of kinds
    }
    Checks.check(
        isKindName(kind),
        "kind",
        "must be lowercase letters and digits joined by '-', was \"%s\"",
        kind);
    CHECKED_KINDS[slot] = kind; // a benign race: a slot holds some valid name or null
    return kind;
  }

  /** {@link #KIND_SYNTAX} without a regex: a letter first, then segments joined by '-'. */
  private static boolean isKindName(String kind) {
    return !kind.isEmpty() && kind.charAt(0) >= 'a' && kind.charAt(0) <= 'z' && Syntax.segments(kind, false, "-");
  }

  /** The name of the kind referred to, such as {@code document}. */
  public String kind() {
    return kind;
  }

  public Id id() {
    return id;
  }

  @Override
  public int compareTo(Ref<?> other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ref && kind.equals(((Ref<?>) o).kind) && id.equals(((Ref<?>) o).id);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + id.hashCode();
  }

  /** The {@code kind:id} form, as in {@code document:report-2023}. */
  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
