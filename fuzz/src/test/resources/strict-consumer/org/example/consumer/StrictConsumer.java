package org.example.consumer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.jackson.KeneyaJacksonModule;
import org.keneya.model.Actor;
import org.keneya.model.Amounts;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project using Keneya as its README shows, compiled by StrictConsumerTest with {@code -Xlint:all
 * -Werror} against Keneya's published jars and what they bring, and then run. Not compiled by the
 * build itself: it is a test resource.
 */
public final class StrictConsumer {
  private StrictConsumer() {}

  /**
   * Builds values through their builders, writes and reads them as JSON, JSON Lines, a CSV zip and
   * through the Jackson module, and throws an {@link AssertionError} if a copy differs.
   */
  public static void main(String[] args) {
    Actor dns = Actor.builder()
        .id(Id.of("dns"))
        .type(HealthCodelists.DIRECTORATE)
        .acronym("DNS")
        .name(LocalizedText.fr("Direction nationale de la santé"))
        .level(HealthCodelists.NATIONAL)
        .addAliases("D.N.S.")
        .build();
    Recommendation recommendation = Recommendation.builder()
        .id(Id.of("ct-2017.r2"))
        .type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Mettre en place une commission de réflexion"))
        .addLead(Actor.ref("dns"))
        .responsibleAsWritten("DNS")
        .deadline(Deadline.beforeEvent("Avant CT 2018", "CT 2018"))
        .build();
    Budget budget = Budget.builder()
        .id(Id.of("dns-2023"))
        .owner(Actor.ref("dns"))
        .fiscalYear(2023)
        .currency(Money.currency("XOF"))
        .addLines(BudgetLine.builder()
            .source(HealthCodelists.STATE)
            .amounts(Amounts.builder()
                .forecast(Money.of(860_657_000, "XOF"))
                .executed(Money.of("420003642", "XOF"))
                .build())
            .build())
        .build();
    KindRegistry registry = KindRegistry.load();
    Dataset dataset = Dataset.of(registry, List.of(dns, recommendation, budget));

    JsonCodec json = JsonCodec.create(registry);
    check(json.fromBytes(json.toBytes(dataset)).equals(dataset), "JSON");
    check(JsonLines.fromBytes(JsonLines.toBytes(dataset), registry).equals(dataset), "JSON Lines");

    CsvCodec csv = CsvCodec.create(registry, CsvOptions.defaults());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(dataset, zip);
    check(csv.readZip(new ByteArrayInputStream(zip.toByteArray())).equals(dataset), "CSV zip");

    JsonMapper mapper = JsonMapper.builder().addModule(new KeneyaJacksonModule(registry)).build();
    check(mapper.readValue(mapper.writeValueAsString(recommendation), Recommendation.class)
        .equals(recommendation), "Jackson module, a recommendation");
    check(mapper.readValue(mapper.writeValueAsBytes(dataset), Dataset.class).equals(dataset),
        "Jackson module, a dataset");
  }

  private static void check(boolean roundTripped, String format) {
    if (!roundTripped) {
      throw new AssertionError(format + ": the copy read back differs from the values written");
    }
  }
}
