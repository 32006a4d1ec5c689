package org.keneya.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.keneya.cli.Report.Block;
import org.keneya.cli.Report.Column;
import org.keneya.cli.Report.Note;
import org.keneya.cli.Report.Row;
import org.keneya.cli.Report.Section;
import org.keneya.cli.Report.Table;
import org.keneya.core.followup.FollowUp;
import org.keneya.core.followup.ItemState;
import org.keneya.core.followup.Progress;
import org.keneya.core.followup.Responsibility;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Deadline;

/**
 * The follow-up sections of a report, from core's {@link FollowUp} and so from the roles kinds
 * declare, not from the model's classes: where things stand on the as-of date (overdue and due-soon
 * items per responsible actor, progress per actor and per theme), every deadline as written with
 * what was derived from it, and the timeline of what occurred ({@link TimelineSection}).
 */
final class FollowUpSections {
  private final ReportContext context;
  private final FollowUp followUp;
  private final LocalDate asOf;
  private final int dueWithin;
  private final DueReasons reasons;

  FollowUpSections(ReportContext context, FollowUp followUp, LocalDate asOf, int dueWithin) {
    this.context = context;
    this.followUp = followUp;
    this.asOf = asOf;
    this.dueWithin = dueWithin;
    this.reasons = new DueReasons(context);
  }

  /** The label {@code key} in the report's language. */
  private String label(ReportLabel key, Object... args) {
    return context.label(key, args);
  }

  /** A count as the report's language writes it. */
  private String number(long n) {
    return context.formats().number(n);
  }

  /** A date as the report's language writes it. */
  private String date(LocalDate date) {
    return context.formats().date(date);
  }

  /** The timeline of the entities whose kind says when they occur. */
  Section timeline() {
    return new TimelineSection(context).section();
  }

  // ---- as of a date

  /** Overdue, due-soon and undated items per responsible actor, and progress per actor and per theme. */
  Section asOf() {
    List<ItemState> items = followUp.asOf(asOf);
    List<ItemState> overdue = followUp.overdue(asOf);
    List<ItemState> dueSoon = followUp.dueWithin(asOf, dueWithin);
    List<ItemState> undated = followUp.undated(asOf);
    long open = items.stream().filter(ItemState::isOpen).count();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Note(label(ReportLabel.AS_OF_NOTE,
        context.count(items.size(), ReportLabel.ITEMS_ONE, ReportLabel.ITEMS_MANY), date(asOf), number(open),
        number(overdue.size()), number(dueSoon.size()), number(dueWithin), number(undated.size()))));
    blocks.add(byResponsible(label(ReportLabel.OVERDUE_CAPTION, date(asOf)), overdue,
        label(ReportLabel.COLUMN_DAYS_LATE), true));
    blocks.add(byResponsible(label(ReportLabel.DUE_SOON_CAPTION, date(asOf.plusDays(dueWithin)), number(dueWithin)),
        dueSoon, label(ReportLabel.COLUMN_DAYS_LEFT), false));
    // an item with no deadline at all has nothing to explain: counted, not listed
    List<ItemState> written = undated.stream().filter(item -> item.due().deadline().isPresent()).toList();
    blocks.add(undatedTable(written));
    if (written.size() < undated.size()) {
      blocks.add(new Note(label(ReportLabel.NO_DEADLINE_NOTE, number(undated.size() - written.size()))));
    }
    blocks.add(progressByActor());
    blocks.add(progressByTheme());
    return new Section("as-of", label(ReportLabel.AS_OF, date(asOf)), blocks);
  }

  /** One row per item and responsible actor in a role, an item naming no one once under "none named". */
  private Table byResponsible(String caption, List<ItemState> items, String daysColumn, boolean late) {
    record Line(String actor, int role, String roleName, ItemState item) {}
    List<Line> lines = new ArrayList<>();
    for (ItemState item : items) {
      if (item.responsible().isEmpty()) {
        lines.add(new Line("", Integer.MAX_VALUE, "", item));
      }
      for (Responsibility r : item.responsible()) {
        lines.add(new Line(context.actor(r.actor()), roleIndex(item.kind(), r.role()), role(r.role()), item));
      }
    }
    // actors by name, the items naming no one last; lead before supporting; earliest due first
    lines.sort(Comparator.comparing((Line l) -> l.actor().isEmpty())
        .thenComparing(Line::actor)
        .thenComparingInt(Line::role)
        .thenComparing(l -> l.item().due().date().orElseThrow())
        .thenComparing(l -> l.item().ref().toString()));
    List<Row> rows = new ArrayList<>();
    for (Line line : lines) {
      ItemState item = line.item();
      LocalDate due = item.due().date().orElseThrow();
      long days = late ? ChronoUnit.DAYS.between(due, asOf) : ChronoUnit.DAYS.between(asOf, due);
      rows.add(Row.of(line.actor().isEmpty() ? label(ReportLabel.NONE_NAMED) : line.actor(), line.roleName(),
          item.entity().id().value(), context.name(item.entity()), date(due), number(days), asWritten(item),
          reasons.explain(item)));
    }
    return new Table(caption,
        List.of(Column.text(label(ReportLabel.COLUMN_ACTOR), 40), Column.text(label(ReportLabel.COLUMN_ROLE)),
            Column.text(label(ReportLabel.COLUMN_ITEM)), Column.text(label(ReportLabel.COLUMN_STATEMENT), 50),
            Column.text(label(ReportLabel.COLUMN_DUE)), Column.number(daysColumn),
            Column.text(label(ReportLabel.COLUMN_AS_WRITTEN), 30), Column.text(label(ReportLabel.COLUMN_DERIVATION), 60)),
        rows);
  }

  /** The open items whose deadline gives no date, each with why. */
  private Table undatedTable(List<ItemState> undated) {
    List<Row> rows = new ArrayList<>();
    for (ItemState item : undated) {
      rows.add(Row.of(item.entity().id().value(), context.name(item.entity()), responsible(item), asWritten(item),
          reasons.explain(item)));
    }
    return new Table(label(ReportLabel.UNDATED_CAPTION, date(asOf)),
        List.of(Column.text(label(ReportLabel.COLUMN_ITEM)), Column.text(label(ReportLabel.COLUMN_STATEMENT), 50),
            Column.text(label(ReportLabel.COLUMN_RESPONSIBLE), 30), Column.text(label(ReportLabel.COLUMN_AS_WRITTEN), 30),
            Column.text(label(ReportLabel.COLUMN_DERIVATION), 60)),
        rows);
  }

  /** {@code DNS (lead), CFCT (supporting)}, or "none named". */
  private String responsible(ItemState item) {
    if (item.responsible().isEmpty()) {
      return label(ReportLabel.NONE_NAMED);
    }
    return String.join(", ", item.responsible().stream()
        .map(r -> context.shortActor(r.actor()) + " (" + role(r.role()) + ")").toList());
  }

  /** Open, closed and overdue items per responsible actor and role. */
  private Table progressByActor() {
    List<Row> rows = new ArrayList<>();
    for (Progress p : followUp.progressByResponsible(asOf)) {
      rows.add(Row.of(p.group().map(context::actor).orElse(label(ReportLabel.NONE_NAMED)),
          p.role().map(this::role).orElse(""), number(p.open()), number(p.closed()), number(p.overdue())));
    }
    return new Table(label(ReportLabel.PROGRESS_BY_ACTOR, date(asOf)),
        List.of(Column.text(label(ReportLabel.COLUMN_ACTOR), 50), Column.text(label(ReportLabel.COLUMN_ROLE)),
            Column.number(label(ReportLabel.COLUMN_OPEN)), Column.number(label(ReportLabel.COLUMN_CLOSED)),
            Column.number(label(ReportLabel.COLUMN_OVERDUE))),
        rows);
  }

  /** Open, closed and overdue items per pillar or theme. */
  private Table progressByTheme() {
    List<Row> rows = new ArrayList<>();
    for (Progress p : followUp.progressByTheme(asOf)) {
      rows.add(Row.of(p.group().map(context::refName).orElse(label(ReportLabel.NO_PILLAR)), number(p.open()),
          number(p.closed()), number(p.overdue())));
    }
    return new Table(label(ReportLabel.PROGRESS_BY_THEME, date(asOf)),
        List.of(Column.text(label(ReportLabel.COLUMN_PILLAR), 60), Column.number(label(ReportLabel.COLUMN_OPEN)),
            Column.number(label(ReportLabel.COLUMN_CLOSED)), Column.number(label(ReportLabel.COLUMN_OVERDUE))),
        rows);
  }

  /** The role as the report's language names it; a user's own role as the kind names it. */
  private String role(String role) {
    return switch (role) {
      case "lead" -> label(ReportLabel.ROLE_LEAD);
      case "supporting" -> label(ReportLabel.ROLE_SUPPORTING);
      default -> role;
    };
  }

  /** The rank of {@code role} among those the kind declares, so that lead comes before supporting. */
  private static int roleIndex(EntityKind<?> kind, String role) {
    List<String> roles = kind.roles().responsible().stream().map(r -> r.role()).toList();
    return roles.indexOf(role);
  }

  /** The wording of the deadline the item's due date was derived from (or tried from). */
  private String asWritten(ItemState item) {
    return item.due().deadline().flatMap(Deadline::asWritten).orElse("");
  }

  // ---- deadlines

  /** Every deadline and horizon as written, with the date derived from it or why there is none. */
  Section deadlines() {
    List<Row> rows = new ArrayList<>();
    int items = 0;
    int written = 0;
    int dated = 0;
    for (ItemState item : followUp.asOf(asOf)) {
      items++;
      dated += item.due().date().isPresent() ? 1 : 0;
      for (String property : item.kind().roles().due()) {
        Object value = ReportContext.value(item.kind(), item.entity(), property);
        if (value instanceof Deadline deadline) {
          written++;
          rows.add(deadlineRow(item, property, deadline));
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Note(label(ReportLabel.DEADLINES_NOTE,
        context.count(written, ReportLabel.DEADLINES_ONE, ReportLabel.DEADLINES_MANY),
        context.count(items, ReportLabel.ITEMS_ONE, ReportLabel.ITEMS_MANY), number(dated))));
    blocks.add(new Table(label(ReportLabel.DEADLINES),
        List.of(Column.text(label(ReportLabel.COLUMN_ITEM)), Column.text(label(ReportLabel.COLUMN_STATEMENT), 50),
            Column.text(label(ReportLabel.COLUMN_DEADLINE_KIND)), Column.text(label(ReportLabel.COLUMN_AS_WRITTEN), 40),
            Column.text(label(ReportLabel.COLUMN_DUE)), Column.text(label(ReportLabel.COLUMN_DERIVATION), 60)),
        rows));
    return new Section("deadlines", label(ReportLabel.DEADLINES), blocks);
  }

  /**
   * A deadline property of an item: core derives one due date per item (the first property giving a
   * date), so the row of that property explains it and the others say what they are.
   */
  private Row deadlineRow(ItemState item, String property, Deadline deadline) {
    String wording = deadline.asWritten().orElse(label(ReportLabel.NO_WORDING));
    boolean decides = item.due().property().map(property::equals).orElse(false);
    String due = decides ? item.due().date().map(this::date).orElse(Report.ABSENT) : Report.ABSENT;
    String derivation = decides ? reasons.explain(item)
        : item.due().date().isPresent() ? label(ReportLabel.DERIVED_FROM_OTHER, dueProperty(item.due().property().orElseThrow()))
        : label(ReportLabel.NO_DATE_EITHER);
    return Row.of(item.entity().id().value(), context.name(item.entity()), dueProperty(property), wording, due, derivation);
  }

  /** What a deadline property is called: a deadline, a horizon; a user's own property as the kind names it. */
  private String dueProperty(String property) {
    return switch (property) {
      case "deadline" -> label(ReportLabel.DUE_DEADLINE);
      case "horizon" -> label(ReportLabel.DUE_HORIZON);
      default -> property;
    };
  }
}
