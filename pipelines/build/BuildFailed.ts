/** A build that could not run or was rolled back; the message names the model and says why. */
export class BuildFailed extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BuildFailed";
  }
}
