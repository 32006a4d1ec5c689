/**
 * The health-planning model: frameworks and their pillars or themes, findings, recommendations
 * with their status history, actors, budgets, meetings and programmes — immutable types registered
 * with core's SPI by {@link org.keneya.model.HealthModel}, free of any serialization library.
 *
 * <p>Vocabularies that users may extend (statuses, actor types, roles…) are codelists declared in
 * {@link org.keneya.model.HealthCodelists}, not enums.
 */
@KeneyaStyle
@NullMarked
package org.keneya.model;

import org.jspecify.annotations.NullMarked;
import org.keneya.core.KeneyaStyle;
