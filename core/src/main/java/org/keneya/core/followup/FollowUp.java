package org.keneya.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.FollowUpRoles;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;

/**
 * The follow-up of a dataset: for every entity of a kind that declares follow-up roles ({@link
 * FollowUpRoles}: a status history or a deadline), where it stands on a date — its status then,
 * open or closed, when it is due and how that was derived — and what follows: the overdue items,
 * those due soon, those no date can be derived for, and progress per theme and per responsible
 * actor. Only the roles are read, so a user's own kinds are followed up as the built-in ones are.
 *
 * <p>"Today" comes from the {@link Clock} given (the system's by default), so that a report can be
 * made as of any date and tests do not depend on the day they run.
 *
 * <pre>{@code
 * FollowUp followUp = FollowUp.of(dataset, Clock.fixed(instant, zone));
 * for (ItemState item : followUp.overdue(followUp.today())) {
 *   System.out.println(item.ref() + " " + item.due().reason() + " " + item.responsible());
 * }
 * followUp.progressByResponsible(LocalDate.of(2024, 12, 31));   // open, closed, overdue per actor and role
 * }</pre>
 */
public final class FollowUp {
  private final Dataset dataset;
  private final Clock clock;

  private FollowUp(Dataset dataset, Clock clock) {
    this.dataset = checkNotNull(dataset, "dataset");
    this.clock = checkNotNull(clock, "clock");
  }

  /** The follow-up of {@code dataset}, today being the system clock's date in its time zone. */
  public static FollowUp of(Dataset dataset) {
    return of(dataset, Clock.systemDefaultZone());
  }

  /** The follow-up of {@code dataset}, today being {@code clock}'s date. */
  public static FollowUp of(Dataset dataset, Clock clock) {
    return new FollowUp(dataset, clock);
  }

  /** Today's date, by the clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The kinds followed up: those with a status history or a deadline role, in registry order. */
  public ImmutableList<EntityKind<?>> kinds() {
    return dataset.kinds().stream()
        .filter(k -> k.roles().statusHistory().isPresent() || !k.roles().due().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** Every item followed up as it stood on {@code date}, by kind in registry order, then by id. */
  public ImmutableList<ItemState> asOf(LocalDate date) {
    checkNotNull(date, "date");
    ImmutableList.Builder<ItemState> items = ImmutableList.builder();
    for (EntityKind<?> kind : kinds()) {
      for (Entity entity : dataset.entities(kind)) {
        items.add(state(kind, entity, date));
      }
    }
    return items.build();
  }

  /** The items open on {@code date} whose due date has passed, with how that date was derived. */
  public ImmutableList<ItemState> overdue(LocalDate date) {
    return select(date, ItemState::isOverdue);
  }

  /** The items open on {@code date} and due on it or within the {@code days} that follow. */
  public ImmutableList<ItemState> dueWithin(LocalDate date, int days) {
    checkArgument(days >= 0, "days must not be negative: %s", days);
    return select(date, item -> item.isDueWithin(days));
  }

  /** The items open on {@code date} for which no due date can be derived, each with the reason. */
  public ImmutableList<ItemState> undated(LocalDate date) {
    return select(date, item -> item.isOpen() && item.due().date().isEmpty());
  }

  private ImmutableList<ItemState> select(LocalDate date, Predicate<ItemState> keep) {
    return asOf(date).stream().filter(keep).collect(ImmutableList.toImmutableList());
  }

  /**
   * Open, closed and overdue items on {@code date} per theme (a pillar), themes in their natural
   * order, then the items with none.
   */
  public ImmutableList<Progress> progressByTheme(LocalDate date) {
    Map<Key, int[]> counts = new LinkedHashMap<>();
    for (ItemState item : asOf(date)) {
      count(counts, new Key(item.theme().orElse(null), null), item);
    }
    return progress(counts);
  }

  /**
   * Open, closed and overdue items on {@code date} per responsible actor and role: an item counts
   * once for each actor in each role (lead and supporting apart); the items naming no one count
   * under no actor. Actors in their natural order, each role in the order the kind declares it.
   */
  public ImmutableList<Progress> progressByResponsible(LocalDate date) {
    Map<Key, int[]> counts = new LinkedHashMap<>();
    for (ItemState item : asOf(date)) {
      if (item.responsible().isEmpty()) {
        count(counts, new Key(null, null), item);
      }
      for (Responsibility r : item.responsible()) {
        count(counts, new Key(r.actor(), r.role()), item);
      }
    }
    return progress(counts);
  }

  /** A group of a progress count. */
  private record Key(@Nullable Ref<?> group, @Nullable String role) {}

  private static void count(Map<Key, int[]> counts, Key key, ItemState item) {
    int[] c = counts.computeIfAbsent(key, k -> new int[3]);
    c[item.isOpen() ? 0 : 1]++;
    c[2] += item.isOverdue() ? 1 : 0;
  }

  private ImmutableList<Progress> progress(Map<Key, int[]> counts) {
    List<String> roles = kinds().stream().flatMap(k -> k.roles().responsible().stream())
        .map(FollowUpRoles.ResponsibleRole::role).distinct().toList();
    List<Map.Entry<Key, int[]>> entries = new ArrayList<>(counts.entrySet());
    // the items with no group last; an actor's roles in the order the kinds declare them
    entries.sort(Comparator.comparing((Map.Entry<Key, int[]> e) -> e.getKey().group(),
            Comparator.nullsLast(Comparator.<Ref<?>>naturalOrder()))
        .thenComparing(e -> e.getKey().role() == null ? -1 : roles.indexOf(e.getKey().role())));
    return entries.stream()
        .map(e -> new Progress(e.getKey().group(), e.getKey().role(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .collect(ImmutableList.toImmutableList());
  }

  // ---- one item

  private <E extends Entity> ItemState state(EntityKind<E> kind, Entity item, LocalDate date) {
    @SuppressWarnings("unchecked")
    E entity = (E) item;
    FollowUpRoles roles = kind.roles();
    Code status = null;
    LocalDate statusDate = null;
    boolean open = true;
    if (roles.statusHistory().isPresent()) {
      FollowUpRoles.StatusHistoryRole history = roles.statusHistory().get();
      Property<E, ?> property = kind.property(history.property()).orElseThrow();
      StructType<Object> entryType = entryType(property.type());
      Function<Object, @Nullable Object> entryDate = field(entryType, history.date());
      Function<Object, @Nullable Object> entryStatus = field(entryType, history.status());
      for (Object entry : list(property.valueOrNull(entity))) {
        LocalDate day = (LocalDate) entryDate.apply(entry);
        if (day == null || day.isAfter(date)) {
          continue; // a later entry; histories are in date order, but nothing here relies on it
        }
        if (statusDate == null || !day.isBefore(statusDate)) {
          statusDate = day;
          status = (Code) entryStatus.apply(entry);
        }
      }
      if (status != null) {
        Codelist codelist = codelist(entryType, history.status());
        Code reached = status;
        open = codelist == null || codelist.entry(reached).map(e -> !e.hasTag(FollowUpRoles.CLOSING_TAG)).orElse(true);
      }
    }
    return new ItemState(kind, item, date, status, statusDate, open, due(kind, entity), responsible(kind, entity),
        theme(kind, entity));
  }

  private <E extends Entity> DueDate due(EntityKind<E> kind, E entity) {
    DueDate first = null;
    for (String name : kind.roles().due()) {
      Object value = kind.property(name).orElseThrow().valueOrNull(entity);
      if (value instanceof java.util.Optional<?> optional) {
        value = optional.orElse(null);
      }
      if (value == null) {
        continue;
      }
      DueDate due = derive(name, (Deadline) value, origin(kind, entity));
      if (due.date().isPresent()) {
        return due;
      }
      if (first == null) {
        first = due;
      }
    }
    return first != null ? first : DueDate.none();
  }

  /** The event {@code entity} came from, if its kind names one and it refers to one. */
  private static <E extends Entity> @Nullable Ref<?> origin(EntityKind<E> kind, E entity) {
    String name = kind.roles().origin().orElse(null);
    List<?> refs = name == null ? List.of() : list(kind.property(name).orElseThrow().valueOrNull(entity));
    return refs.isEmpty() ? null : (Ref<?>) refs.get(0);
  }

  /** The due date of {@code deadline}, property {@code name}, and how it was derived. */
  private DueDate derive(String name, Deadline deadline, @Nullable Ref<?> origin) {
    String what = name + " " + deadline.asWritten().map(w -> "\"" + w + "\"").orElse("(no wording)");
    switch (deadline.form()) {
      case DATE:
        return new DueDate(deadline.date().orElseThrow(), name, deadline, DueDate.Basis.DATE, null, null,
            what + ": due " + deadline.date().get());
      case WITHIN:
        return within(name, what, deadline, origin);
      case UNSPECIFIED:
        return new DueDate(null, name, deadline, DueDate.Basis.NONE, null, null,
            what + ": no date can be derived from the wording");
      default:
        return event(name, what, deadline);
    }
  }

  /**
   * A deadline within a period: from the date it states, else from the last day of the event the
   * item came from ({@link FollowUpRoles#origin()}) when the dataset dates it.
   */
  private DueDate within(String name, String what, Deadline deadline, @Nullable Ref<?> origin) {
    Period period = deadline.period().orElseThrow();
    if (deadline.dueDate().isPresent()) {
      LocalDate due = deadline.dueDate().get();
      return new DueDate(due, name, deadline, DueDate.Basis.WITHIN_PERIOD, null, null,
          what + ": " + period + " from " + deadline.reference().orElseThrow() + ", due " + due);
    }
    When when = origin == null ? null : occurs(origin);
    if (when != null) {
      try {
        LocalDate due = when.last().plus(period);
        return new DueDate(due, name, deadline, DueDate.Basis.WITHIN_PERIOD, origin, when.to(),
            what + ": " + period + " from " + origin + ", " + when.describe(false) + ", due " + due);
      } catch (java.time.DateTimeException | ArithmeticException e) {
        // past any date: no date, as below
      }
    }
    return new DueDate(null, name, deadline, DueDate.Basis.NONE, null, null, what + ": no date can be derived, "
        + (origin == null ? "the date the period runs from is unknown" : origin + " has no date in the dataset"));
  }

  /**
   * A deadline before or at an event: the event's first day (before it) or last day (at it), from
   * its record's {@link FollowUpRoles#occurs()} property when the dataset holds it, else the date
   * the deadline stores.
   */
  private DueDate event(String name, String what, Deadline deadline) {
    boolean before = deadline.form() == Deadline.Form.BEFORE_EVENT;
    String event = (before ? "before " : "at ") + deadline.event().map(e -> "\"" + e + "\"").orElse("the event");
    Ref<?> ref = deadline.eventRef().orElse(null);
    When when = ref == null ? null : occurs(ref);
    if (when != null) {
      return new DueDate(before ? when.first() : when.last(), name, deadline, DueDate.Basis.EVENT_RECORD, ref,
          before ? when.from() : when.to(), what + ": " + event + " (" + ref + "), " + when.describe(before));
    }
    if (deadline.date().isPresent()) {
      LocalDate day = deadline.date().get();
      return new DueDate(day, name, deadline, DueDate.Basis.EVENT_DATE_IN_DEADLINE, null, null,
          what + ": " + event + ", dated " + day + " in the deadline");
    }
    return new DueDate(null, name, deadline, DueDate.Basis.NONE, null, null, what + ": no date can be derived, "
        + (ref == null ? event.substring(event.indexOf(' ') + 1) + " names no record with a date"
            : ref + " has no date in the dataset"));
  }

  /** When an event takes place: from the start of one partial date to the end of another. */
  private record When(PartialDate from, PartialDate to) {
    LocalDate first() {
      return from.first();
    }

    LocalDate last() {
      return to.last();
    }

    /** Which day is read, saying so when the event is known only to the month or the year. */
    String describe(boolean start) {
      PartialDate end = start ? from : to;
      LocalDate day = start ? first() : last();
      if (end.precision() == PartialDate.Precision.DAY) {
        return (start ? "which starts " : "which ends ") + day;
      }
      return "known only as " + end + ": read as its " + (start ? "first" : "last") + " day, " + day;
    }
  }

  /** When the event {@code ref} takes place, when the dataset holds it and its kind says when it occurs. */
  private @Nullable When occurs(Ref<?> ref) {
    Object event = dataset.get(ref).orElse(null);
    return event instanceof Entity entity ? when(dataset.registry().kindOf(entity), entity) : null;
  }

  private static <E extends Entity> @Nullable When when(EntityKind<E> kind, Entity event) {
    String name = kind.roles().occurs().orElse(null);
    if (name == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Object value = kind.property(name).orElseThrow().valueOrNull((E) event);
    if (value instanceof java.util.Optional<?> optional) {
      value = optional.orElse(null);
    }
    if (value instanceof LocalDate day) {
      return new When(PartialDate.of(day), PartialDate.of(day));
    }
    if (value instanceof PartialDate date) {
      return new When(date, date);
    }
    return value instanceof DateRange range ? new When(range.from(), range.to()) : null;
  }

  private static <E extends Entity> ImmutableList<Responsibility> responsible(EntityKind<E> kind, E entity) {
    ImmutableList.Builder<Responsibility> out = ImmutableList.builder();
    for (FollowUpRoles.ResponsibleRole role : kind.roles().responsible()) {
      for (Object ref : list(kind.property(role.property()).orElseThrow().valueOrNull(entity))) {
        out.add(new Responsibility(role.role(), (Ref<?>) ref));
      }
    }
    return out.build();
  }

  private static <E extends Entity> @Nullable Ref<?> theme(EntityKind<E> kind, E entity) {
    String name = kind.roles().theme().orElse(null);
    if (name == null) {
      return null;
    }
    List<?> refs = list(kind.property(name).orElseThrow().valueOrNull(entity));
    return refs.isEmpty() ? null : (Ref<?>) refs.get(0);
  }

  // ---- reading values through the description

  /** A value as a list: a list as it is, one value as a list of it, none as an empty list. */
  private static List<?> list(@Nullable Object value) {
    if (value instanceof java.util.Optional<?> optional) {
      value = optional.orElse(null);
    }
    return value == null ? List.of() : value instanceof List<?> l ? l : List.of(value);
  }

  @SuppressWarnings("unchecked")
  private static StructType<Object> entryType(ValueType<?> type) {
    ValueType<?> t = type instanceof OptionalType<?> o ? o.element() : type;
    return (StructType<Object>) ((ListType<?>) t).element();
  }

  private static Function<Object, @Nullable Object> field(StructType<Object> struct, String name) {
    Property<Object, ?> property = struct.property(name).orElseThrow();
    return value -> {
      Object v = property.valueOrNull(value);
      return v instanceof java.util.Optional<?> o ? o.orElse(null) : v;
    };
  }

  private @Nullable Codelist codelist(StructType<Object> struct, String status) {
    ValueType<?> type = struct.property(status).orElseThrow().type();
    ValueType<?> code = type instanceof OptionalType<?> o ? o.element() : type;
    return dataset.registry().codelist(((CodeType) code).codelist()).orElse(null);
  }

  @Override
  public String toString() {
    return "FollowUp of " + dataset.size() + " entities, today " + today() + " (" + Objects.toString(clock) + ")";
  }
}
