package org.keneya.core.kind;

import java.util.List;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Code;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

/**
 * A named, ordered vocabulary of codes, such as the statuses a task goes through. A
 * codelist is data, not an enum: a domain model contributes it and a user may replace it with their
 * own through {@link KindRegistry.Builder#replaceCodelist(Codelist)}.
 *
 * <pre>{@code
 * Codelist levels = Codelist.builder().name("level").label(LocalizedText.en("Level"))
 *     .addEntries(CodeEntry.of("national", "National", "National"))
 *     .addEntries(CodeEntry.of("regional", "Regional", "Régional"))
 *     .build();
 * levels.contains(Code.of("national")); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Codelist {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Codelist() {}

  /** The codelist's name, referred to by {@link CodeType#codelist()}, such as {@code level}. */
  public abstract String name();

  public abstract LocalizedText label();

  public abstract List<CodeEntry> entries();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Codelist}. */
  public static final class Builder extends ImmutableCodelist.Builder {
    /** An empty builder, as {@link Codelist#builder()} returns. */
    public Builder() {}
  }

  @Value.Lazy
  ImmutableMap<Code, CodeEntry> byCode() {
    return entries().stream().collect(ImmutableMap.toImmutableMap(CodeEntry::code, e -> e));
  }

  public boolean contains(Code code) {
    return byCode().containsKey(code);
  }

  public Optional<CodeEntry> entry(Code code) {
    return Optional.ofNullable(byCode().get(code));
  }

  /** The codes in order. */
  public ImmutableList<Code> codes() {
    return entries().stream().map(CodeEntry::code).collect(ImmutableList.toImmutableList());
  }

  /** Validates a codelist name: same syntax as a kind name. */
  public static String checkName(String name) {
    return Ref.checkKind(name);
  }

  @Value.Check
  void check() {
    checkName(name());
    Checks.notEmpty("Codelist.entries", entries());
    long distinct = entries().stream().map(CodeEntry::code).distinct().count();
    Checks.check(distinct == entries().size(), "Codelist.entries", "%s lists a code twice", name());
  }

  @Override
  public String toString() {
    return name() + codes();
  }
}
