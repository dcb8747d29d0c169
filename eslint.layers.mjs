// The dependency rules of the code base (architecture.md, "Dependency rules") as one ESLint rule, `layers/layers`.
// It resolves every relative import (import/export … from, import(), import type) against the importing file, so
// that `../../i18n/x`, `../core/../i18n/x` and `./x` are judged by where they land, not by how they are spelled:
//
//   taskpane/  preview/  commands/  cli/   front ends: may import ui, app, adapters, core; never each other
//   ui/                                    React components the pane and the preview share: app and below
//   app/                                   the pipeline and settings every front end shares: adapters, i18n, core
//   excel/  xlsx/  i18n/                   adapters: core only (never each other)
//   core/                                  pure: nothing above it
//
// and a folder's `_lib/` is private to that folder (and the folders below it).
import path from "node:path";

/** What each top folder of `src/` may import, besides itself. */
export const LAYERS = {
  core: [],
  excel: ["core"],
  xlsx: ["core"],
  i18n: ["core"],
  app: ["core", "excel", "xlsx", "i18n"],
  ui: ["core", "excel", "xlsx", "i18n", "app"],
  taskpane: ["core", "excel", "xlsx", "i18n", "app", "ui"],
  preview: ["core", "excel", "xlsx", "i18n", "app", "ui"],
  commands: ["core", "excel", "xlsx", "i18n", "app", "ui"],
  cli: ["core", "excel", "xlsx", "i18n", "app", "ui"],
};

/** The top folder of `src/` a path lies in and the path inside `src/`, or undefined outside `src/`. */
function place(file, srcDir) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  return { layer: parts[0], parts };
}

const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "Imports point down the layers of architecture.md; a folder's _lib/ is private to it." },
    schema: [],
    messages: {
      upward: "{{from}}/ may not import {{to}}/ (allowed: {{allowed}}). See eslint.layers.mjs.",
      frontEnds: "Front ends never import each other: {{from}}/ may not import {{to}}/.",
      privateLib: "{{lib}} is private to {{owner}}/: import what it exports through a file of {{owner}}/.",
    },
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    const srcDir = path.join(context.cwd ?? process.cwd(), "src");
    const from = place(filename, srcDir);
    if (!from || !(from.layer in LAYERS)) return {};

    function check(node, source) {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.resolve(path.dirname(filename), source);
      const to = place(target, srcDir);
      if (!to) return;
      // a `_lib` folder is visible only from the folder that holds it (and below)
      const libAt = to.parts.indexOf("_lib");
      if (libAt >= 0) {
        const owner = to.parts.slice(0, libAt);
        const importer = from.parts.slice(0, -1);
        if (!owner.every((p, i) => importer[i] === p)) {
          context.report({ node, messageId: "privateLib", data: { lib: [...owner, "_lib"].join("/"), owner: owner.join("/") } });
          return;
        }
      }
      if (to.layer === from.layer || !(to.layer in LAYERS)) return;
      if (LAYERS[from.layer].includes(to.layer)) return;
      const frontEnds = ["taskpane", "preview", "commands", "cli"];
      if (frontEnds.includes(from.layer) && frontEnds.includes(to.layer)) {
        context.report({ node, messageId: "frontEnds", data: { from: from.layer, to: to.layer } });
      } else {
        context.report({ node, messageId: "upward", data: { from: from.layer, to: to.layer, allowed: LAYERS[from.layer].join(", ") || "nothing" } });
      }
    }

    const literal = (n) => (n && n.type === "Literal" ? n.value : undefined);
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, literal(node.source)),
      TSImportType: (node) => check(node, literal(node.argument?.literal ?? node.argument)),
      "CallExpression[callee.name='require']": (node) => check(node, literal(node.arguments[0])),
    };
  },
};

/** The plugin: `plugins: { layers }`, rule `layers/layers`. */
export default { rules: { layers: layersRule } };
