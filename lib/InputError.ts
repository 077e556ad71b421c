/**
 * A problem with the user's input (a file, a configuration value, an option): the command prints
 * its message — which names the file, the row or field, and what to do — and no stack trace.
 */
export class InputError extends Error {
  override name = "InputError";
}
