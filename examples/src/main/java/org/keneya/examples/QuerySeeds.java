package org.keneya.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;
import org.keneya.seeds.Seeds;

/**
 * Loads the seeds — the five source documents transcribed into one validated dataset — and lists
 * the open recommendations of one actor: those it leads or supports whose latest status is tagged
 * {@value HealthCodelists#OPEN} in the {@value HealthCodelists#RECOMMENDATION_STATUS} codelist, or
 * that have no reported status yet. Statuses are codelist data, not an enum, so the question is
 * asked through the codelist's tags.
 *
 * <pre>{@code
 * List<Recommendation> open = QuerySeeds.openRecommendationsOf(Seeds.load(), Actor.ref("dns"));
 * }</pre>
 */
public final class QuerySeeds {
  private QuerySeeds() {}

  /** {@code QuerySeeds [ACTOR-ID]}: the open recommendations of the actor ({@code dns} by default). */
  public static void main(String[] args) {
    run(args.length > 0 ? args[0] : "dns", System.out);
  }

  /** Prints what the seeds hold and the actor's open recommendations; returns them. */
  public static List<Recommendation> run(String actorId, PrintStream out) {
    // tag::query[]
    Dataset seeds = Seeds.load(); // the five source documents, transcribed, merged and validated
    Ref<Actor> ref = Actor.ref(actorId);
    List<Recommendation> open = openRecommendationsOf(seeds, ref);
    // end::query[]
    out.println("The seeds hold " + seeds.size() + " records; validation: " + Seeds.report().summary());
    for (EntityKind<?> kind : seeds.kinds()) {
      out.println("  " + kind.name() + ": " + seeds.entities(kind).size());
    }
    Optional<Actor> actor = seeds.get(ref);
    out.println(actor.map(a -> a.acronym().orElse(a.id().value()) + " — " + a.name().text())
        .orElse(actorId + " is not an actor of the seeds"));
    for (Recommendation r : open) {
      out.println("  " + r.id()
          + " [" + r.status().map(s -> s.value()).orElse("no status reported") + "]"
          + r.deadline().flatMap(Deadline::asWritten).map(d -> " (" + d + ")").orElse("")
          + ": " + r.statement().text());
    }
    out.println(open.size() + " open recommendations");
    return open;
  }

  /** The recommendations {@code actor} leads or supports that are still open, in id order. */
  public static List<Recommendation> openRecommendationsOf(Dataset dataset, Ref<Actor> actor) {
    // tag::open[]
    Codelist statuses = dataset.registry().codelist(HealthCodelists.RECOMMENDATION_STATUS).orElseThrow();
    return dataset.entities(Recommendation.class).stream()
        .filter(r -> r.lead().contains(actor) || r.supporting().contains(actor))
        .filter(r -> r.status().isEmpty() // nothing reported yet: still open
            || statuses.entry(r.status().get()).map(QuerySeeds::isOpenStatus).orElse(false))
        .toList();
    // end::open[]
  }

  private static boolean isOpenStatus(CodeEntry status) {
    return status.hasTag(HealthCodelists.OPEN);
  }
}
