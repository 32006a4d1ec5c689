package org.keneya.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonFormat;
import org.keneya.model.Actor;
import org.keneya.model.Framework;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * The ceiling of any walk over Keneya's model objects: the {@link Fixtures} dataset written as
 * Keneya's JSON document by code written by hand for each kind, calling the getters directly
 * ({@code r.id().value()}, {@code r.pillar().orElse(null)}, {@code r.lead()}…) with names encoded once and
 * no generic walk over the kinds' descriptions. Its bytes are exactly those of {@link
 * JsonCodec#toBytes} in compact mode, through the same Jackson generator, so the time it takes is
 * the least any writer of these objects can take; comparing Keneya's generic writer and databind on
 * plain records with it shows how much of their time is the walk rather than the generator.
 *
 * <p>Not part of the library: it knows only the five kinds {@link Fixtures} fills, and throws
 * {@link UnsupportedOperationException} on a property that the fixtures never set rather than
 * writing it. {@code JsonBenchmark} checks, on its first write, with {@link #checkSameBytes} that its bytes equal
 * Keneya's, so the comparison is of the same output.
 */
final class HandWrittenJson {
  // As io-json's Factories builds it for writing: the caller's stream left open, decimals in plain
  // notation, JSON Lines' separator. Its read settings (limits, duplicate detection) do not apply here.
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .rootValueSeparator("\n")
      .build();

  private static final SerializableString FORMAT = name("format");
  private static final SerializableString VERSION = name("version");
  private static final SerializableString KINDS = name("kinds");
  private static final SerializableString DATASET = name(JsonFormat.DATASET);

  private static final SerializableString ACTOR = name("actor");
  private static final SerializableString FRAMEWORK = name("framework");
  private static final SerializableString PILLAR = name("pillar");
  private static final SerializableString MEETING = name("meeting");
  private static final SerializableString RECOMMENDATION = name("recommendation");

  private static final SerializableString ID = name("id");
  private static final SerializableString TYPE = name("type");
  private static final SerializableString NAME = name("name");
  private static final SerializableString ACRONYM = name("acronym");
  private static final SerializableString POSITION = name("position");
  private static final SerializableString CODE = name("code");
  private static final SerializableString TITLE = name("title");
  private static final SerializableString STATUS = name("status");
  private static final SerializableString DATES = name("dates");
  private static final SerializableString START = name("start");
  private static final SerializableString END = name("end");
  private static final SerializableString CITY = name("city");
  private static final SerializableString STATEMENT = name("statement");
  private static final SerializableString LEAD = name("lead");
  private static final SerializableString RESPONSIBLE_AS_WRITTEN = name("responsibleAsWritten");
  private static final SerializableString DEADLINE = name("deadline");
  private static final SerializableString AS_WRITTEN = name("asWritten");
  private static final SerializableString FORM = name("form");
  private static final SerializableString EVENT = name("event");
  private static final SerializableString DISCUSSION_POINT = name("discussionPoint");

  // Deadline forms by ordinal, as Keneya's enum type writes them: BEFORE_EVENT is "before-event".
  private static final SerializableString[] FORMS = Arrays.stream(Deadline.Form.values())
      .map(form -> name(form.name().toLowerCase(Locale.ROOT).replace('_', '-')))
      .toArray(SerializableString[]::new);

  /** Writes {@code dataset} to {@code out} (UTF-8), flushing but not closing it. */
  void write(Dataset dataset, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeName(FORMAT);
      g.writeString(DATASET);
      g.writeName(VERSION);
      g.writeNumber(JsonFormat.VERSION);
      g.writeName(KINDS);
      g.writeStartObject();
      for (EntityKind<?> kind : dataset.kinds()) { // registry order, as Keneya writes them
        writeKind(g, dataset, kind);
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  byte[] toBytes(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(dataset, out);
    return out.toByteArray();
  }

  /**
   * Throws {@link IllegalStateException} naming the first differing byte, with the text around it,
   * unless this writer's bytes for {@code dataset} are Keneya's own.
   */
  static void checkSameBytes(Dataset dataset) {
    byte[] keneya = JsonCodec.create(Fixtures.REGISTRY).toBytes(dataset);
    byte[] hand = new HandWrittenJson().toBytes(dataset);
    int at = Arrays.mismatch(keneya, hand);
    if (at >= 0) {
      throw new IllegalStateException(String.format(
          "hand-written JSON differs from Keneya's at byte %d (lengths %d and %d):%n  keneya: %s%n  hand:   %s",
          at, keneya.length, hand.length, around(keneya, at), around(hand, at)));
    }
  }

  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - 60);
    int to = Math.min(bytes.length, at + 60);
    return "…" + new String(bytes, from, to - from, StandardCharsets.UTF_8) + "…";
  }

  private void writeKind(JsonGenerator g, Dataset dataset, EntityKind<?> kind) {
    switch (kind.name()) {
      case "actor":
        g.writeName(ACTOR);
        writeActors(g, dataset.entities(Actor.KIND));
        break;
      case "framework":
        g.writeName(FRAMEWORK);
        writeFrameworks(g, dataset.entities(Framework.KIND));
        break;
      case "pillar":
        g.writeName(PILLAR);
        writePillars(g, dataset.entities(Pillar.KIND));
        break;
      case "meeting":
        g.writeName(MEETING);
        writeMeetings(g, dataset.entities(Meeting.KIND));
        break;
      case "recommendation":
        g.writeName(RECOMMENDATION);
        writeRecommendations(g, dataset.entities(Recommendation.KIND));
        break;
      default:
        throw new UnsupportedOperationException("kind " + kind.name() + " is not in the benchmark's fixtures");
    }
  }

  // ---- one method per kind: properties in description order, absent optionals and empty lists omitted

  private static void writeActors(JsonGenerator g, ImmutableList<Actor> actors) {
    g.writeStartArray();
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      g.writeStartObject();
      writeHead(g, a.id().value(), a.type().value(), NAME, a.name());
      optional(g, ACRONYM, a.acronym().orElse(null));
      unsupported(a.aliases(), "Actor.aliases");
      unsupported(a.level().orElse(null), "Actor.level");
      unsupported(a.parent().orElse(null), "Actor.parent");
      unsupported(a.title().orElse(null), "Actor.title");
      unsupported(a.provenance(), "Actor.provenance");
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeFrameworks(JsonGenerator g, ImmutableList<Framework> frameworks) {
    g.writeStartArray();
    for (int i = 0; i < frameworks.size(); i++) {
      Framework f = frameworks.get(i);
      g.writeStartObject();
      writeHead(g, f.id().value(), f.type().value(), NAME, f.name());
      optional(g, ACRONYM, f.acronym().orElse(null));
      unsupported(f.description().orElse(null), "Framework.description");
      unsupported(f.provenance(), "Framework.provenance");
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writePillars(JsonGenerator g, ImmutableList<Pillar> pillars) {
    g.writeStartArray();
    for (int i = 0; i < pillars.size(); i++) {
      Pillar p = pillars.get(i);
      g.writeStartObject();
      g.writeName(ID);
      g.writeString(p.id().value());
      g.writeName(FRAMEWORK);
      g.writeString(p.framework().id().value()); // a reference to one kind: the bare id
      g.writeName(POSITION);
      g.writeNumber(p.position());
      optional(g, CODE, p.code().orElse(null));
      g.writeName(NAME);
      writeText(g, p.name());
      unsupported(p.provenance(), "Pillar.provenance");
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeMeetings(JsonGenerator g, ImmutableList<Meeting> meetings) {
    g.writeStartArray();
    for (int i = 0; i < meetings.size(); i++) {
      writeMeeting(g, meetings.get(i));
    }
    g.writeEndArray();
  }

  private static void writeMeeting(JsonGenerator g, Meeting m) {
    g.writeStartObject();
    writeHead(g, m.id().value(), m.type().value(), TITLE, m.title());
    g.writeName(STATUS);
    g.writeString(m.status().value());
    DateRange dates = m.dates().orElse(null);
    if (dates != null) {
      g.writeName(DATES);
      writeDates(g, dates);
    }
    unsupported(m.venue().orElse(null), "Meeting.venue");
    optional(g, CITY, m.city().orElse(null));
    unsupported(m.participants(), "Meeting.participants");
    unsupported(m.generalObjectives(), "Meeting.generalObjectives");
    unsupported(m.specificObjectives(), "Meeting.specificObjectives");
    unsupported(m.discussionPoints(), "Meeting.discussionPoints");
    unsupported(m.programme().orElse(null), "Meeting.programme");
    unsupported(m.gaps(), "Meeting.gaps");
    unsupported(m.provenance(), "Meeting.provenance");
    g.writeEndObject();
  }

  private static void writeRecommendations(JsonGenerator g, ImmutableList<Recommendation> recommendations) {
    g.writeStartArray();
    for (int i = 0; i < recommendations.size(); i++) {
      writeRecommendation(g, recommendations.get(i));
    }
    g.writeEndArray();
  }

  private static void writeRecommendation(JsonGenerator g, Recommendation r) {
    g.writeStartObject();
    writeHead(g, r.id().value(), r.type().value(), STATEMENT, r.statement());
    optionalRef(g, PILLAR, r.pillar().orElse(null));
    unsupported(r.audience().orElse(null), "Recommendation.audience");
    if (!r.lead().isEmpty()) {
      g.writeName(LEAD);
      writeRefs(g, r.lead());
    }
    unsupported(r.supporting(), "Recommendation.supporting");
    optional(g, RESPONSIBLE_AS_WRITTEN, r.responsibleAsWritten().orElse(null));
    Deadline deadline = r.deadline().orElse(null);
    if (deadline != null) {
      g.writeName(DEADLINE);
      writeDeadline(g, deadline);
    }
    unsupported(r.horizon().orElse(null), "Recommendation.horizon");
    LocalizedText discussionPoint = r.discussionPoint().orElse(null);
    if (discussionPoint != null) {
      g.writeName(DISCUSSION_POINT);
      writeText(g, discussionPoint);
    }
    unsupported(r.addresses(), "Recommendation.addresses");
    optionalRef(g, MEETING, r.meeting().orElse(null));
    unsupported(r.statusHistory(), "Recommendation.statusHistory");
    unsupported(r.provenance(), "Recommendation.provenance");
    g.writeEndObject();
  }

  // ---- values

  /** Every kind here starts with its id, its type code and a localized text. */
  private static void writeHead(JsonGenerator g, String id, String type, SerializableString textName, LocalizedText text) {
    g.writeName(ID);
    g.writeString(id);
    g.writeName(TYPE);
    g.writeString(type);
    g.writeName(textName);
    writeText(g, text);
  }

  /** Only the forms the fixtures use: a deadline before a named event. */
  private static void writeDeadline(JsonGenerator g, Deadline d) {
    g.writeStartObject();
    optional(g, AS_WRITTEN, d.asWritten().orElse(null));
    g.writeName(FORM);
    g.writeString(FORMS[d.form().ordinal()]);
    unsupported(d.date().orElse(null), "Deadline.date");
    optional(g, EVENT, d.event().orElse(null));
    unsupported(d.eventRef().orElse(null), "Deadline.eventRef");
    unsupported(d.period().orElse(null), "Deadline.period");
    unsupported(d.reference().orElse(null), "Deadline.reference");
    g.writeEndObject();
  }

  private static void writeDates(JsonGenerator g, DateRange dates) {
    g.writeStartObject();
    g.writeName(START);
    g.writeString(dates.from().toString()); // 2,000 dates in 100,000 recommendations: no buffer needed
    g.writeName(END);
    g.writeString(dates.to().toString()); // each end in its precision, as Keneya writes it
    g.writeEndObject();
  }

  /** An object of language to text, in tag order; by index, so without an iterator per text. */
  private static void writeText(JsonGenerator g, LocalizedText text) {
    ImmutableSortedMap<String, String> byLanguage = text.byLanguage();
    List<String> languages = byLanguage.keySet().asList();
    List<String> texts = byLanguage.values().asList();
    g.writeStartObject();
    for (int i = 0; i < languages.size(); i++) {
      g.writeName(languages.get(i));
      g.writeString(texts.get(i));
    }
    g.writeEndObject();
  }

  /** References to one kind, each as its bare id. */
  private static void writeRefs(JsonGenerator g, java.util.List<? extends Ref<?>> refs) {
    g.writeStartArray();
    for (int i = 0; i < refs.size(); i++) {
      g.writeString(refs.get(i).id().value());
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, SerializableString name, String value) {
    if (value != null) {
      g.writeName(name);
      g.writeString(value);
    }
  }

  private static void optionalRef(JsonGenerator g, SerializableString name, Ref<?> ref) {
    if (ref != null) {
      g.writeName(name);
      g.writeString(ref.id().value());
    }
  }

  // A property the fixtures never set costs its presence check, as in any writer, but is not
  // written: output the fixtures cannot exercise could not be checked against Keneya's.

  private static void unsupported(Object value, String property) {
    if (value != null) {
      throw unsupported(property);
    }
  }

  private static void unsupported(List<?> values, String property) {
    if (!values.isEmpty()) {
      throw unsupported(property);
    }
  }

  private static UnsupportedOperationException unsupported(String property) {
    return new UnsupportedOperationException(property + " is not written: the benchmark's fixtures never set it");
  }

  private static SerializableString name(String text) {
    return new SerializedString(text);
  }
}
