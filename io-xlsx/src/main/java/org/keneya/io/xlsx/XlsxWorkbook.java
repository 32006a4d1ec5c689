package org.keneya.io.xlsx;

import java.util.Objects;
import org.keneya.core.data.Dataset;
import org.keneya.core.data.DatasetDiff;

/**
 * A workbook read: its dataset, and whether its about sheet marks it as a part of a dataset (one
 * actor's follow-up, say) rather than a whole one. Merging it into a dataset is applying {@link
 * #mergeDiff}: a whole workbook makes the dataset equal to it, a part adds and updates the records
 * it holds and never removes one. Merging the same workbook twice changes nothing the second time,
 * and a merge that fails changes nothing (datasets are immutable).
 *
 * <pre>{@code
 * XlsxWorkbook edited = xlsx.readWorkbook(in, "suivi-dnsp.xlsx");
 * DatasetDiff changes = edited.mergeDiff(dataset);
 * System.out.print(changes.toText());
 * Dataset merged = dataset.apply(changes);
 * }</pre>
 */
public final class XlsxWorkbook {
  private final Dataset dataset;
  private final boolean part;

  /** A workbook's {@code dataset}, a part of a dataset or a whole one. */
  public XlsxWorkbook(Dataset dataset, boolean part) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.part = part;
  }

  /** The records the workbook holds. */
  public Dataset dataset() {
    return dataset;
  }

  /** Whether the about sheet says the workbook holds a part of a dataset. */
  public boolean isPart() {
    return part;
  }

  /**
   * The changes that merging this workbook into {@code into} makes: {@code into}'s diff to the
   * workbook's dataset, without its removals when the workbook is a part. Empty when {@code into}
   * already holds what the workbook says.
   *
   * @throws IllegalArgumentException as {@link Dataset#diff} does
   */
  public DatasetDiff mergeDiff(Dataset into) {
    DatasetDiff diff = into.diff(dataset);
    return part ? diff.withoutRemovals() : diff;
  }
}
