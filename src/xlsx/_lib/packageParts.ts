import type JSZip from "jszip";

/** A relationship of a package's `.rels` part. */
export interface Rel { xml: string; id: string; type: string; target: string; external: boolean }

/** The relationships of a `.rels` part. */
export const relsOf = (xml: string): Rel[] =>
  [...xml.matchAll(/<Relationship\b[^>]*?\/?>/g)].map((m) => {
    const at = (a: string): string => new RegExp(`\\b${a}="([^"]*)"`).exec(m[0])?.[1] ?? "";
    return { xml: m[0], id: at("Id"), type: at("Type"), target: at("Target"), external: at("TargetMode") === "External" };
  });

/** The part a relationship of the rels file `relsPath` points at. */
export function resolve(relsPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = relsPath.replace(/_rels\/[^/]+$/, "").split("/").filter(Boolean);
  for (const seg of target.split("/")) if (seg === "..") parts.pop(); else if (seg !== ".") parts.push(seg);
  return parts.join("/");
}

/** The `.rels` part of a part. */
export const relsPathOf = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A part's text, "" when the package has no such part. */
export async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}
