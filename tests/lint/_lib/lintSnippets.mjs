// Lints source snippets as if they were files of the repository, with the repository's eslint.config.mjs, and
// prints what each one reports: stdin `[{ filePath, code }]` → stdout `[[{ ruleId, message }], …]`.
// A separate process because ESLint loads its flat config as an ES module, which Jest's CommonJS runtime cannot.
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const snippets = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
