/**
 * The plug-in SPI: how a domain model describes its data so that codecs and the validator can
 * handle it without knowing it.
 *
 * <p>A {@link org.keneya.core.kind.DomainModel}, found with {@link java.util.ServiceLoader},
 * contributes {@link org.keneya.core.kind.EntityKind entity kinds} and {@link
 * org.keneya.core.kind.Codelist codelists}; a {@link org.keneya.core.kind.KindRegistry} merges
 * them. Each kind lists its {@link org.keneya.core.kind.Property properties}, typed by a {@link
 * org.keneya.core.kind.ValueType}.
 */
@KeneyaStyle
@NullMarked
package org.keneya.core.kind;

import org.jspecify.annotations.NullMarked;
import org.keneya.core.KeneyaStyle;
