package org.keneya.core.kind;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.value.Deadline;

/**
 * Which properties of a kind play the parts that following an item up needs, so that core's
 * follow-up queries ({@code org.keneya.core.followup.FollowUp}) work for any kind that declares
 * them, a user's own included:
 *
 * <ul>
 *   <li>its <b>status history</b>: a list of dated entries, each with a status code; a status whose
 *       codelist entry carries the tag {@value #CLOSING_TAG} closes the item;
 *   <li>its <b>deadlines</b>, in order of precedence: {@link Deadline} properties (a deadline, then a
 *       horizon it was framed in, say);
 *   <li>its <b>responsible</b> actors, each property with its role ({@code lead}, {@code supporting});
 *   <li>when it <b>occurs</b>: the date of an event or a meeting, for a deadline at or before it;
 *   <li>its <b>theme</b>: the reference progress is counted by (a pillar, a chapter);
 *   <li>its <b>origin</b>: the reference to the event it came from (a meeting), which a deadline
 *       "within six months" stating no date to run from runs from.
 * </ul>
 *
 * Declared with annotations on the kind's type ({@link org.keneya.core.annotation.StatusHistory},
 * {@link org.keneya.core.annotation.Due}, {@link org.keneya.core.annotation.Responsible}, {@link
 * org.keneya.core.annotation.Occurs}, {@link org.keneya.core.annotation.Theme}, {@link
 * org.keneya.core.annotation.Origin}), or built:
 *
 * <pre>{@code
 * FollowUpRoles roles = FollowUpRoles.builder()
 *     .statusHistory("history", "date", "status")
 *     .due("dueBy")
 *     .responsible("owner", "owners")
 *     .build();
 * EntityKind<Task> tasks = EntityKind.of("task", "Task", struct, List.of(), roles);
 * }</pre>
 *
 * Each role is checked against the kind's properties when the kind is made, naming the kind and
 * the property when a property is missing or of a type the role cannot use.
 */
public final class FollowUpRoles {
  /** The tag of a status codelist entry that closes an item (completed, discontinued…). */
  public static final String CLOSING_TAG = "closing";

  private static final FollowUpRoles NONE = new Builder().build();

  private final @Nullable StatusHistoryRole statusHistory;
  private final ImmutableList<String> due;
  private final ImmutableList<ResponsibleRole> responsible;
  private final @Nullable String occurs;
  private final @Nullable String theme;
  private final @Nullable String origin;

  private FollowUpRoles(Builder b) {
    this.statusHistory = b.statusHistory;
    this.due = ImmutableList.copyOf(b.due);
    this.responsible = ImmutableList.copyOf(b.responsible);
    this.occurs = b.occurs;
    this.theme = b.theme;
    this.origin = b.origin;
  }

  /** A kind that plays no follow-up role. */
  public static FollowUpRoles none() {
    return NONE;
  }

  /** A builder of roles, none declared yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** The status history: its list property and the names of its entries' date and status. */
  public record StatusHistoryRole(String property, String date, String status) {
    /** Checks that every name is a property name. */
    public StatusHistoryRole {
      checkNotNull(property, "property");
      checkNotNull(date, "date");
      checkNotNull(status, "status");
    }
  }

  /** A property naming responsible actors (a reference, or a list of them) and their role. */
  public record ResponsibleRole(String role, String property) {
    /** Checks that both are given. */
    public ResponsibleRole {
      checkNotNull(role, "role");
      checkNotNull(property, "property");
    }
  }

  /** The status history, if the kind has one. */
  public Optional<StatusHistoryRole> statusHistory() {
    return Optional.ofNullable(statusHistory);
  }

  /** The deadline properties, in order of precedence: the first that gives a date decides. */
  public ImmutableList<String> due() {
    return due;
  }

  /** The properties naming responsible actors, each with its role, in declaration order. */
  public ImmutableList<ResponsibleRole> responsible() {
    return responsible;
  }

  /** The property saying when an entity of the kind occurs (a date, a partial date or a date range). */
  public Optional<String> occurs() {
    return Optional.ofNullable(occurs);
  }

  /** The reference property progress is counted by. */
  public Optional<String> theme() {
    return Optional.ofNullable(theme);
  }

  /** The reference to the event an item came from. */
  public Optional<String> origin() {
    return Optional.ofNullable(origin);
  }

  /** True when no role is declared. */
  public boolean isEmpty() {
    return statusHistory == null && due.isEmpty() && responsible.isEmpty() && occurs == null && theme == null
        && origin == null;
  }

  /**
   * Checks each role against {@code struct}, the kind {@code kind}'s description.
   *
   * @throws DomainModelException naming the kind and the property that is missing or cannot play its role
   */
  void check(String kind, StructType<?> struct) {
    if (statusHistory != null) {
      String history = statusHistory.property();
      if (!(element(struct, kind, history, "the status history", true) instanceof StructType<?> entry)) {
        throw error(kind, history, "the status history is a list of structures");
      }
      ValueType<?> date = element(entry, kind, statusHistory.date(), history + "." + statusHistory.date(), "the status history's date", false);
      if (!date.equals(ValueType.date())) {
        throw error(kind, history + "." + statusHistory.date(), "a status history's date is a date, not " + date.describe());
      }
      ValueType<?> status = element(entry, kind, statusHistory.status(), history + "." + statusHistory.status(), "the status history's status",
          false);
      if (!(status instanceof CodeType)) {
        throw error(kind, history + "." + statusHistory.status(), "a status history's status is a code, not " + status.describe());
      }
    }
    for (String property : due) {
      ValueType<?> type = element(struct, kind, property, "a deadline", false);
      if (!type.equals(ValueType.deadline())) {
        throw error(kind, property, "a deadline is a " + ValueType.deadline().describe() + ", not " + type.describe());
      }
    }
    for (ResponsibleRole role : responsible) {
      ValueType<?> type = element(struct, kind, role.property(), "a responsible actor", true);
      if (!(type instanceof RefType)) {
        throw error(kind, role.property(), "a responsible actor is a reference, not " + type.describe());
      }
    }
    if (occurs != null) {
      ValueType<?> type = element(struct, kind, occurs, "when it occurs", false);
      if (!isDate(type)) {
        throw error(kind, occurs, "when it occurs is a date, a partial date or a date range, not " + type.describe());
      }
    }
    if (theme != null) {
      ValueType<?> type = element(struct, kind, theme, "a theme", true);
      if (!(type instanceof RefType)) {
        throw error(kind, theme, "a theme is a reference, not " + type.describe());
      }
    }
    if (origin != null) {
      ValueType<?> type = element(struct, kind, origin, "an origin", false);
      if (!(type instanceof RefType)) {
        throw error(kind, origin, "an origin is a reference, not " + type.describe());
      }
    }
  }

  /** The dates {@link #occurs} may be: a date, a partial date, or a date range. */
  static boolean isDate(ValueType<?> type) {
    return type.equals(ValueType.date()) || type.equals(ValueType.partialDate()) || type.equals(ValueType.dateRange());
  }

  /** The type of {@code property}, inside its optional and, if {@code list}, inside its list. */
  private static ValueType<?> element(StructType<?> struct, String kind, String property, String role, boolean list) {
    return element(struct, kind, property, property, role, list);
  }

  /** As above, {@code shown} naming the property in the error (its path from the kind). */
  private static ValueType<?> element(StructType<?> struct, String kind, String property, String shown, String role,
      boolean list) {
    ValueType<?> type = struct.property(property)
        .orElseThrow(() -> error(kind, shown, role + " names a property that does not exist"))
        .type();
    if (type instanceof OptionalType<?> optional) {
      type = optional.element();
    }
    if (list && type instanceof ListType<?> items) {
      type = items.element();
    }
    return type;
  }

  private static DomainModelException error(String kind, String property, String reason) {
    return new DomainModelException(kind + "." + property + ": " + reason);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FollowUpRoles r && Objects.equals(statusHistory, r.statusHistory) && due.equals(r.due)
        && responsible.equals(r.responsible) && Objects.equals(occurs, r.occurs) && Objects.equals(theme, r.theme)
        && Objects.equals(origin, r.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusHistory, due, responsible, occurs, theme, origin);
  }

  @Override
  public String toString() {
    return "FollowUpRoles{statusHistory=" + statusHistory + ", due=" + due + ", responsible=" + responsible
        + ", occurs=" + occurs + ", theme=" + theme + ", origin=" + origin + "}";
  }

  /** Declares roles one by one; {@link #build()} makes the roles, checked when a kind takes them. */
  public static final class Builder {
    private @Nullable StatusHistoryRole statusHistory;
    private final List<String> due = new ArrayList<>();
    private final List<ResponsibleRole> responsible = new ArrayList<>();
    private @Nullable String occurs;
    private @Nullable String theme;
    private @Nullable String origin;

    private Builder() {}

    /** The status history: a list property whose entries have a {@code date} and a {@code status}. */
    public Builder statusHistory(String property) {
      return statusHistory(property, "date", "status");
    }

    /** The status history: a list property, and the names of its entries' date and status code. */
    public Builder statusHistory(String property, String date, String status) {
      this.statusHistory = new StatusHistoryRole(property, date, status);
      return this;
    }

    /** A deadline property, after those already given in order of precedence. */
    public Builder due(String property) {
      due.add(checkNotNull(property, "property"));
      return this;
    }

    /** A property naming actors responsible in {@code role}. */
    public Builder responsible(String role, String property) {
      responsible.add(new ResponsibleRole(role, property));
      return this;
    }

    /** The property saying when an entity occurs. */
    public Builder occurs(String property) {
      this.occurs = checkNotNull(property, "property");
      return this;
    }

    /** The reference property progress is counted by. */
    public Builder theme(String property) {
      this.theme = checkNotNull(property, "property");
      return this;
    }

    /** The reference to the event an item came from. */
    public Builder origin(String property) {
      this.origin = checkNotNull(property, "property");
      return this;
    }

    /** The roles declared. */
    public FollowUpRoles build() {
      return new FollowUpRoles(this);
    }
  }
}
