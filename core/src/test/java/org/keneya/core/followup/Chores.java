package org.keneya.core.followup;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.FollowUpRoles;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

/**
 * A small domain described by hand, with no annotation: chores in a house, their owners and helpers,
 * the gatherings they are due at, and a dated history of steps — the follow-up roles built with
 * {@link FollowUpRoles#builder()}.
 */
final class Chores {
  private Chores() {}

  record Person(Id id) implements Entity {}

  record Room(Id id) implements Entity {}

  record Gathering(Id id, DateRange when) implements Entity {}

  record Step(LocalDate date, Code state) {}

  record Chore(Id id, List<Ref<Person>> owners, List<Ref<Person>> helpers, @Nullable Ref<Room> room,
      @Nullable Deadline due, @Nullable Deadline roughly, List<Step> steps, @Nullable Ref<Gathering> agreedAt)
      implements Entity {}

  static final Codelist STATES = Codelist.builder().name("chore-state").label(LocalizedText.en("State"))
      .addEntries(CodeEntry.of("todo", "To do", "À faire"), CodeEntry.of("doing", "Doing", "En cours"))
      .addEntries(CodeEntry.of("done", "Done", "Fait", FollowUpRoles.CLOSING_TAG))
      .addEntries(CodeEntry.of("dropped", "Dropped", "Abandonné", FollowUpRoles.CLOSING_TAG))
      .build();

  static final EntityKind<Person> PERSON = EntityKind.of("person", "Person",
      StructType.positional("person", Person.class, v -> new Person(v.next()))
          .add("id", ValueType.id(), Person::id)
          .build());

  static final EntityKind<Room> ROOM = EntityKind.of("room", "Room",
      StructType.positional("room", Room.class, v -> new Room(v.next()))
          .add("id", ValueType.id(), Room::id)
          .build());

  static final EntityKind<Gathering> GATHERING = EntityKind.of("gathering", "Gathering",
      StructType.positional("gathering", Gathering.class, v -> new Gathering(v.next(), v.next()))
          .add("id", ValueType.id(), Gathering::id)
          .add("when", ValueType.dateRange(), Gathering::when)
          .build(),
      List.of(), FollowUpRoles.builder().occurs("when").build());

  static final StructType<Step> STEP = StructType.positional("step", Step.class, v -> new Step(v.next(), v.next()))
      .add("date", ValueType.date(), Step::date)
      .add("state", ValueType.code("chore-state"), Step::state)
      .build();

  static final FollowUpRoles CHORE_ROLES = FollowUpRoles.builder()
      .statusHistory("steps", "date", "state")
      .due("due")
      .due("roughly")
      .responsible("owner", "owners")
      .responsible("helper", "helpers")
      .theme("room")
      .origin("agreedAt")
      .build();

  static final EntityKind<Chore> CHORE = EntityKind.of("chore", "Chore",
      StructType.positional("chore", Chore.class,
              v -> new Chore(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Chore::id)
          .add("owners", ValueType.list(ValueType.<Ref<Person>>ref("person")), Chore::owners)
          .add("helpers", ValueType.list(ValueType.<Ref<Person>>ref("person")), Chore::helpers)
          .addOptional("room", ValueType.<Ref<Room>>ref("room"), Chore::room)
          .addOptional("due", ValueType.deadline(), Chore::due)
          .addOptional("roughly", ValueType.deadline(), Chore::roughly)
          .add("steps", ValueType.list(STEP), Chore::steps)
          .addOptional("agreedAt", ValueType.<Ref<Gathering>>ref("gathering"), Chore::agreedAt)
          .build(),
      List.of(), CHORE_ROLES);

  static final KindRegistry REGISTRY = KindRegistry.builder()
      .add(new org.keneya.core.kind.DomainModel() {
        @Override
        public String name() {
          return "chores";
        }

        @Override
        public List<EntityKind<?>> kinds() {
          return List.of(PERSON, ROOM, GATHERING, CHORE);
        }

        @Override
        public List<Codelist> codelists() {
          return List.of(STATES);
        }
      })
      .build();

  static Ref<Person> person(String id) {
    return Ref.of("person", id);
  }

  static Step step(String date, String state) {
    return new Step(LocalDate.parse(date), Code.of(state));
  }
}
