package org.keneya.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Struct;
import org.keneya.core.kind.StructType;
import org.keneya.core.value.Code;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

/**
 * One dated entry of a recommendation's implementation history — a "point d'exécution des
 * recommandations": the status reached, a remark, who reported it and at which meeting.
 *
 * <pre>{@code
 * StatusUpdate update = StatusUpdate.builder().date(LocalDate.of(2024, 3, 22))
 *     .status(HealthCodelists.IN_PROGRESS)
 *     .remark(LocalizedText.fr("Plan en cours de validation"))
 *     .build();
 * }</pre>
 */
@Struct("status-update")
@Value.Immutable
public abstract class StatusUpdate {
  /** Only the implementation Immutables generates, in this package, extends it. */
  StatusUpdate() {}

  @Value.Parameter
  public abstract LocalDate date();

  /** A code of the {@value HealthCodelists#RECOMMENDATION_STATUS} codelist. */
  @Value.Parameter
  @CodeOf(HealthCodelists.RECOMMENDATION_STATUS)
  public abstract Code status();

  public final Optional<LocalizedText> remark() {
    return Optional.ofNullable(remarkOrNull());
  }

  /** {@link #remark()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable LocalizedText remarkOrNull();

  public final Optional<Ref<Actor>> reportedBy() {
    return Optional.ofNullable(reportedByOrNull());
  }

  /** {@link #reportedBy()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Actor> reportedByOrNull();

  /** The meeting where the status was reported. */
  public final Optional<Ref<Meeting>> meeting() {
    return Optional.ofNullable(meetingOrNull());
  }

  /** {@link #meeting()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Meeting> meetingOrNull();

  public static StatusUpdate of(LocalDate date, Code status) {
    return builder().date(date).status(status).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatusUpdate}. */
  public static final class Builder extends ImmutableStatusUpdate.Builder {
    /** An empty builder, as {@link StatusUpdate#builder()} returns. */
    public Builder() {}
  }

  /** The structure {@code status-update}, described from this declaration by Keneya's annotation processor. */
  public static final StructType<StatusUpdate> TYPE = StatusUpdateDescription.TYPE;
}
