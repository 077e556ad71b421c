import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../lib/InputError.ts";

const readable = /\.(csv|tsv|txt|xlsx)$/i;

/** A symbolic link to a folder met while walking the inputs: not followed (a link can loop, or lead anywhere). */
export interface SkippedFolderLink {
  link: string;
  /** The folder it leads to (its real path). */
  target: string;
}

/** Walks the inputs once: the data files in them, and the folder links passed over. */
function walkInputs(inputs: readonly string[]): { files: string[]; folderLinks: SkippedFolderLink[] } {
  const files: string[] = [];
  const folderLinks: SkippedFolderLink[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (readable.test(entry.name)) files.push(full);
      else if (entry.isSymbolicLink() && leadsToFolder(full))
        folderLinks.push({ link: full, target: realpathSync(full) });
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new InputError(`找不到 ${input}：請確認路徑。`);
    if (statSync(input).isDirectory()) walk(input);
    else files.push(input);
  }
  return { files: [...new Set(files)].sort(), folderLinks };
}

const leadsToFolder = (link: string) => existsSync(link) && statSync(link).isDirectory();

/** The files named (folders walked), data files only, in lexical path order as the spec wants. */
export function listInputFiles(inputs: readonly string[]): string[] {
  return walkInputs(inputs).files;
}

/**
 * The symbolic links to folders inside the input folders (a shortcut someone put in the inbox),
 * which listInputFiles passes over: for the command to say so, rather than skip them without a word.
 */
export function skippedFolderLinks(inputs: readonly string[]): SkippedFolderLink[] {
  return walkInputs(inputs).folderLinks;
}
