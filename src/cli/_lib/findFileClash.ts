import { fstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A file the command reads or writes, named by the option that gives it (`FILE` for the input). */
export interface NamedFile {
  /** The option (`--html`) or, for the file checked, `FILE`. */
  readonly option: string;
  readonly path: string;
  /** Whether the command writes the file (outputs) or only reads it (the input, `--schema`). */
  readonly writes: boolean;
}

/** Two of the command's files that are one file on disk: the first named writes, the second is read or written too. */
export interface FileClash {
  readonly option: string;
  readonly other: string;
  readonly path: string;
}

/**
 * What a path stands for on disk: the device and inode of an existing file (so that a symbolic or hard link, or
 * another spelling of a folder, is the same file), else the real path of its folder joined with its name.
 *
 * @example fileIdentity("out/kpi.html") // "path:/home/agency/out/kpi.html" before the file exists
 */
export function fileIdentity(path: string): string {
  try {
    const s = statSync(path, { bigint: true });
    return `inode:${s.dev}:${s.ino}`;
  } catch {
    let folder = resolve(dirname(path));
    try {
      folder = realpathSync(folder);
    } catch {
      // a folder not yet made (the atomic write makes it) has no other spelling to resolve
    }
    return `path:${join(folder, basename(path))}`;
  }
}

/**
 * The first pair of the command's files that name one file and of which one is written (`--out x.xlsx --html
 * x.xlsx`, an output that is the input or the schema, an output that is where the standard output goes), or
 * undefined. Run before anything is written: an atomic write renames its file over the other, so one output
 * would silently replace the other (or the input) and the run would say it wrote both. `stdout` is the identity
 * of the standard output when it is a regular file (`kpi-check … --json > r.json --html r.json`).
 *
 * @example findFileClash([{ option: "--out", path: "x.xlsx", writes: true }, { option: "--html", path: "./x.xlsx", writes: true }]) // { option: "--html", other: "--out", path: "./x.xlsx" }
 */
export function findFileClash(files: readonly NamedFile[], stdout?: { option: string; identity: string }): FileClash | undefined {
  const seen = new Map<string, NamedFile>();
  for (const f of files) {
    const id = fileIdentity(f.path);
    const before = seen.get(id);
    if (before && (before.writes || f.writes)) {
      return f.writes ? { option: f.option, other: before.option, path: f.path } : { option: before.option, other: f.option, path: before.path };
    }
    if (f.writes && stdout && id === stdout.identity) return { option: f.option, other: stdout.option, path: f.path };
    if (!before) seen.set(id, f);
  }
  return undefined;
}

/**
 * The identity (as `findFileClash` compares it) of the file the standard output goes to when it is redirected to
 * a regular file; undefined for a terminal, a pipe or a closed descriptor.
 *
 * @example stdoutIdentity() // "inode:2049:1234567" under `kpi-check … --json > report.json`
 */
export function stdoutIdentity(): string | undefined {
  try {
    const s = fstatSync(1, { bigint: true });
    return s.isFile() ? `inode:${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}
