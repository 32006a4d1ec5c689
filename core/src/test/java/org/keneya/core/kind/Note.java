package org.keneya.core.kind;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/** A kind that exists only in core's tests: a note with a colour, an optional reply and an amount. */
public record Note(
    Id id, String text, Code colour, Optional<Ref<Note>> replyTo, ImmutableList<Provenance> provenance, Optional<Money> amount)
    implements Entity {

  public static Note of(String id, String text, String colour) {
    return new Note(Id.of(id), text, Code.of(colour), Optional.empty(), ImmutableList.of(), Optional.empty());
  }

  public Note replyingTo(String id) {
    return new Note(this.id, text, colour, Optional.of(Ref.of("note", id)), provenance, amount);
  }

  public Note from(String document) {
    return new Note(id, text, colour, replyTo, ImmutableList.of(Provenance.of(document)), amount);
  }

  @SuppressWarnings("unchecked")
  public static final EntityKind<Note> KIND =
      EntityKind.of(
          "note",
          "Note",
          StructType.<Note, Object[]>builder(
                  "note",
                  Note.class,
                  () -> new Object[6],
                  p -> new Note(
                      (Id) p[0],
                      (String) p[1],
                      (Code) p[2],
                      p[3] == null ? Optional.empty() : (Optional<Ref<Note>>) p[3],
                      p[4] == null ? ImmutableList.of() : (ImmutableList<Provenance>) p[4],
                      p[5] == null ? Optional.empty() : (Optional<Money>) p[5]))
              .add("id", ValueType.id(), Note::id, (p, v) -> p[0] = v)
              .add("text", ValueType.string(), Note::text, (p, v) -> p[1] = v)
              .add("colour", ValueType.code("colour"), Note::colour, (p, v) -> p[2] = v)
              .add("replyTo", ValueType.optional(ValueType.ref("note")), Note::replyTo, (p, v) -> p[3] = v)
              .add("provenance", ValueType.list(ValueType.provenance()), Note::provenance, (p, v) -> p[4] = v)
              .add("amount", ValueType.optional(ValueType.money()), Note::amount, (p, v) -> p[5] = v)
              .build(),
          ImmutableList.of(
              (note, context) -> {
                if (note.text().contains("forbidden")) {
                  context.error("text", "forbidden-word", "a note must not say \"forbidden\"");
                }
              }));
}
