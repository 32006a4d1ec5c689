package org.keneya.core.kind;

import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Code;
import org.keneya.core.value.LocalizedText;

/**
 * One entry of a {@link Codelist}: the code, its label in one or more languages, an optional
 * description, and tags a domain model gives meaning to (such as {@code open} or {@code closing}
 * for a status).
 *
 * <pre>{@code
 * CodeEntry done = CodeEntry.builder().code(Code.of("completed"))
 *     .label(LocalizedText.of("en", "Completed", "fr", "Réalisée")).addTags("closing").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CodeEntry {
  /** Only the implementation Immutables generates, in this package, extends it. */
  CodeEntry() {}

  public abstract Code code();

  public abstract LocalizedText label();

  public abstract Optional<LocalizedText> description();

  public abstract Set<String> tags();

  public boolean hasTag(String tag) {
    return tags().contains(tag);
  }

  public static CodeEntry of(String code, String englishLabel, String frenchLabel, String... tags) {
    return builder()
        .code(Code.of(code))
        .label(LocalizedText.of("en", englishLabel, "fr", frenchLabel))
        .addTags(tags)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodeEntry}. */
  public static final class Builder extends ImmutableCodeEntry.Builder {
    /** An empty builder, as {@link CodeEntry#builder()} returns. */
    public Builder() {}
  }

  @Value.Check
  void check() {
    tags().forEach(tag -> Checks.notBlank("CodeEntry.tags", tag));
  }
}
