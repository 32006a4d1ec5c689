package org.example.theatre;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.KindRule;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * An actor of the company: a kind named {@code actor}, like the health model's, and nothing like
 * it.
 *
 * @param id the actor's id
 * @param name the name, not blank
 * @param stageName the name on the bill, if another
 * @param debut the day of the first performance
 * @param guild a code of the {@value TheatreModel#GUILDS} codelist, for a member
 * @param languages the languages the actor plays in, each once
 * @param mentor the actor who trained this one, if any
 */
@Kind(name = "actor", label = "Actor")
public record Actor(
    Id id, @NonBlank String name, @NonBlank @Nullable String stageName, LocalDate debut,
    @CodeOf(TheatreModel.GUILDS) @Nullable Code guild, @NonBlank @UniqueItems List<String> languages,
    @Nullable Ref<Actor> mentor)
    implements Entity {
  /** The kind {@code actor}, with its rule, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Actor> KIND = ActorDescription.KIND;

  @KindRule(description = "an actor is not their own mentor", codes = "own-mentor")
  static void checkMentor(Actor actor, Rule.Context context) {
    if (actor.mentor() != null && actor.mentor().id().equals(actor.id())) {
      context.error("mentor", "own-mentor", actor.id() + " cannot mentor themselves");
    }
  }
}
