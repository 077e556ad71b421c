import { InputError } from "../../lib/InputError.ts";

/** Why a whole file was not loaded; the English code goes with the zh-TW message. */
export type RejectionCode =
  | "empty_file"
  | "binary_file"
  | "undecodable"
  | "bad_xlsx"
  | "missing_sheet"
  | "bad_csv"
  | "no_header"
  | "unknown_source"
  | "ambiguous_source"
  | "missing_columns"
  | "month_not_found"
  | "no_data_rows"
  | "out_of_area";

/** A file rejected whole: nothing of it is loaded, other files still are. */
export class RejectedFile extends InputError {
  override name = "RejectedFile";
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(`${message} (${code})`);
  }
}
