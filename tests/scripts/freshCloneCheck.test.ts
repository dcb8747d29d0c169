import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkInstall, INSTALL_SCRIPT_ALLOWLIST, type TarballListing } from "../../scripts/fresh-clone-check";

/**
 * The install checks of scripts/fresh-clone-check.ts on small installed trees made here (the script itself runs in
 * CI on a real clone): what passes, and that each kind of native build or stray install script is caught.
 */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "kpi-fresh-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Tree = { lock: Record<string, { version: string; hasInstallScript?: boolean; integrity?: string }>; files: Record<string, number> };

function install({ lock, files }: Tree): string {
  writeFileSync(join(root, "package-lock.json"), JSON.stringify({ packages: { "": {}, ...lock } }));
  mkdirSync(join(root, "node_modules"), { recursive: true });
  for (const [path, size] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), Buffer.alloc(size));
  }
  return root;
}

/** The registry as these tests know it: the addon package ships `watcher.node` of 100 bytes. */
const REGISTRY: Record<string, TarballListing> = {
  "@parcel/watcher-linux-x64-glibc@2.6.0": { integrity: "sha512-good", files: [{ path: "package.json", size: 2 }, { path: "watcher.node", size: 100 }] },
  "native-thing@1.0.0": { integrity: "sha512-thing", files: [{ path: "package.json", size: 2 }, { path: "binding.gyp", size: 10 }] },
};
const registry = (spec: string) => REGISTRY[spec] ?? { integrity: "", files: [] };

const CLEAN: Tree = {
  lock: {
    "node_modules/esbuild": { version: "0.28.2", hasInstallScript: true },
    "node_modules/@parcel/watcher": { version: "2.6.0", hasInstallScript: true },
    "node_modules/@parcel/watcher-linux-x64-glibc": { version: "2.6.0", integrity: "sha512-good" },
  },
  files: { "node_modules/esbuild/package.json": 2, "node_modules/@parcel/watcher-linux-x64-glibc/watcher.node": 100 },
};

it("passes a tree with the allowlisted install scripts and a prebuilt addon as published", () => {
  const failures: string[] = [];
  const found = checkInstall(install(CLEAN), failures, registry);
  expect(failures).toEqual([]);
  expect(found.installScripts).toEqual(["esbuild@0.28.2", "@parcel/watcher@2.6.0"]);
  expect(found.prebuiltAddons).toEqual(["@parcel/watcher-linux-x64-glibc/watcher.node (prebuilt, shipped in @parcel/watcher-linux-x64-glibc@2.6.0)"]);
  for (const name of ["esbuild", "@parcel/watcher"]) expect(INSTALL_SCRIPT_ALLOWLIST[name]).toMatch(/prebuilt/);
});

it.each<[string, Tree, RegExp]>([
  [
    "an install script outside the allowlist",
    { ...CLEAN, lock: { ...CLEAN.lock, "node_modules/native-thing": { version: "1.0.0", hasInstallScript: true } } },
    /native-thing@1\.0\.0 has an install script and is not in INSTALL_SCRIPT_ALLOWLIST/,
  ],
  [
    "an addon compiled by node-gyp",
    {
      lock: { ...CLEAN.lock, "node_modules/native-thing": { version: "1.0.0", integrity: "sha512-thing" } },
      files: { ...CLEAN.files, "node_modules/native-thing/build/Release/thing.node": 50, "node_modules/native-thing/build/config.gypi": 5 },
    },
    /build output of a native compile: node_modules\/native-thing\/build\/config\.gypi[\s\S]*thing\.node was compiled on this machine/,
  ],
  [
    "a prebuilt addon replaced by one of another size",
    { ...CLEAN, files: { ...CLEAN.files, "node_modules/@parcel/watcher-linux-x64-glibc/watcher.node": 120 } },
    /watcher\.node was compiled on this machine \(not in @parcel\/watcher-linux-x64-glibc@2\.6\.0 as published\)/,
  ],
  [
    "a tarball that is not the locked one",
    { ...CLEAN, lock: { ...CLEAN.lock, "node_modules/@parcel/watcher-linux-x64-glibc": { version: "2.6.0", integrity: "sha512-other" } } },
    /the registry tarball is not the one in the lock file/,
  ],
  [
    "the sideload tool's peer chain",
    {
      lock: { ...CLEAN.lock, "node_modules/keytar": { version: "7.9.0" } },
      files: { ...CLEAN.files, "node_modules/@azure/msal-node/package.json": 2 },
    },
    /keytar \(the sideload tool's peer chain\) is in the lock file[\s\S]*installed from the sideload tool's peer chain: node_modules\/@azure\/msal-node/,
  ],
])("fails %s", (_name, tree, message) => {
  const failures: string[] = [];
  checkInstall(install(tree), failures, registry);
  expect(failures.join("\n")).toMatch(message);
});
