package org.example.production;

import java.time.LocalDate;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Struct;
import org.keneya.core.kind.StructType;
import org.keneya.core.value.Code;

/**
 * One dated entry of a fix's history.
 *
 * @param on the day the state was reached
 * @param state a code of the {@value ProductionModel#FIX_STATES} codelist
 */
@Struct("fix-state")
public record FixState(LocalDate on, @CodeOf(ProductionModel.FIX_STATES) Code state) {
  /** The structure {@code fix-state}, described from this declaration by Keneya's annotation processor. */
  public static final StructType<FixState> TYPE = FixStateDescription.TYPE;
}
