import type { LoadedOutcome } from "./outcomeNamed.ts";

/** The row counts of a load report, for one compact assertion. */
export function countsOf(o: LoadedOutcome) {
  return {
    read: o.rows_read,
    loaded: o.rows_loaded,
    quarantined: o.rows_quarantined,
    duplicate: o.rows_duplicate,
    replaced: o.rows_replaced,
    ignored: o.rows_ignored,
  };
}
