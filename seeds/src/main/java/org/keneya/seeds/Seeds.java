package org.keneya.seeds;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.ValidationReport;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonOptions;
import org.keneya.model.HealthModel;

/**
 * The five source documents transcribed into one validated dataset: actors shared by all of
 * them, frameworks and pillars, findings, recommendations, meetings, programmes and budgets,
 * each record pointing back to its document and passage.
 *
 * <pre>{@code
 * Dataset all = Seeds.load();                                     // merged, validated
 * Dataset ct = Seeds.document(SeedDocument.PRODESS_CT_2017);      // one document's records
 * List<Recommendation> recs = Seeds.citing(SeedDocument.PRODESS_CT_2017, Recommendation.class);
 * }</pre>
 *
 * <p>The data is read once, from JSON files in this jar (the Keneya JSON format), in a registry of
 * the health model alone ({@code KindRegistry.of(new HealthModel())}), whatever else is on the class
 * path: the seeds' dataset has that registry.
 */
public final class Seeds {
  private static final String ROOT = "/org/keneya/seeds/";

  private Seeds() {}

  /** Every seed record, merged: loading fails if the merged dataset has a validation error. */
  public static Dataset load() {
    return Loaded.DATASET;
  }

  /**
   * What validating {@link #load()} reports: no error, and a warning wherever a document's own
   * figures disagree with its amounts (a stated rate, total or variation).
   */
  public static ValidationReport report() {
    return Loaded.REPORT;
  }

  /** One document's records: every record citing it, with all they refer to and the document. */
  public static Dataset document(SeedDocument document) {
    return load().subset(e -> cites(e, document) || e instanceof Document && e.id().equals(document.id()));
  }

  /** The records of 000: the Mali group work on the four HBHI pillars. */
  public static Dataset hbhiGroupWork() {
    return document(SeedDocument.HBHI_GROUP_WORK);
  }

  /** The records of 001: the community-health priorities by thematic area. */
  public static Dataset communityHealthPriorities() {
    return document(SeedDocument.COMMUNITY_HEALTH_PRIORITIES);
  }

  /** The records of 002: the ministry's publications page (ANTIM's board session and budgets among them). */
  public static Dataset ministryPublications() {
    return document(SeedDocument.MINISTRY_PUBLICATIONS);
  }

  /** The records of 003: the PRODESS technical committee of 2017. */
  public static Dataset prodessCt2017() {
    return document(SeedDocument.PRODESS_CT_2017);
  }

  /** The records of 004: the ministry's workshops page. */
  public static Dataset ministryWorkshops() {
    return document(SeedDocument.MINISTRY_WORKSHOPS);
  }

  /** The records of one type whose provenance cites {@code document}, in id order. */
  public static <E extends Entity> ImmutableList<E> citing(SeedDocument document, Class<E> type) {
    return load().entities(type).stream().filter(e -> cites(e, document)).collect(ImmutableList.toImmutableList());
  }

  private static boolean cites(Entity entity, SeedDocument document) {
    return entity.provenance().stream().anyMatch(p -> p.document().id().equals(document.id()));
  }

  static InputStream resource(String name) {
    InputStream in = Seeds.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IllegalStateException("keneya-seeds resource missing: " + ROOT + name);
    }
    return in;
  }

  /** Holder idiom: read on first use, once, thread-safely. */
  private static final class Loaded {
    static final Dataset DATASET;
    static final ValidationReport REPORT;

    static {
      // The health model, named: not the class path's kinds, which a user's own models may change.
      KindRegistry registry = KindRegistry.of(new HealthModel());
      // Each file refers to actors and documents held by others: references are checked once,
      // on the merged dataset.
      JsonCodec codec = JsonCodec.create(registry, JsonOptions.defaults().checkReferences(false));
      Dataset merged = Dataset.empty(registry);
      for (String file : dataFiles()) {
        try (InputStream in = resource("data/" + file)) {
          merged = merged.merge(codec.read(in, file));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read seed file " + file, e);
        }
      }
      REPORT = merged.validate().throwIfInvalid();
      DATASET = merged;
    }

    /** The data files, listed in {@code data/index} (a jar cannot be listed portably). */
    private static ImmutableList<String> dataFiles() {
      try (InputStream in = resource("data/index")) {
        String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return Splitter.on('\n').trimResults().omitEmptyStrings().splitToStream(index)
            .filter(line -> !line.startsWith("#"))
            .collect(ImmutableList.toImmutableList());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read seed index", e);
      }
    }
  }
}
