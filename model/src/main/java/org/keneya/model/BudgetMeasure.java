package org.keneya.model;

/**
 * The amounts a budget follows through the year, in order: what was forecast, what the State
 * notified, what was mobilized, what was executed. A stated rate names two of them, such as
 * mobilized over forecast.
 */
public enum BudgetMeasure {
  FORECAST,
  NOTIFIED,
  MOBILIZED,
  EXECUTED
}
