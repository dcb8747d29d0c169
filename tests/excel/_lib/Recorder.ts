import type { OfficeMockObject } from "office-addin-mock";

/** Size of one `context.sync()`: the request Office.js would send, the answer it would get. */
export interface SyncStat {
  requestBytes: number;
  responseBytes: number;
  actions: number;
}

/** What the fake does on a sync besides counting: Excel on the web's limits, or a cell in edit mode. */
export interface HostLimits {
  /** Enforce Excel on the web's 5 MB limit on requests and answers (default true). */
  web?: boolean;
  /** Every sync fails as when the user is typing in a cell. */
  editMode?: boolean;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

function utf8(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function richApiError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

/**
 * Records what a test's Office.js calls queue between syncs, in the shape of Office.js's own request (object
 * paths and actions, their arguments in JSON), measures each request and answer in UTF-8 bytes, and applies the
 * queued changes to the fake workbook only when `sync()` is called — as Excel does.
 */
export class Recorder {
  private actions: object[] = [];
  private paths: Record<number, object> = {};
  private effects: (() => void)[] = [];
  private loads: { mocks: OfficeMockObject[]; respond: () => unknown; done: () => void }[] = [];
  private nextId = 1;
  readonly stats: SyncStat[] = [];

  constructor(private readonly limits: HostLimits = {}) {}

  /** A new object path (a navigation such as `getRange("A1")`), returning its id. */
  path(name: string, parent: number, args: unknown[] = []): number {
    const id = this.nextId++;
    this.paths[id] = { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: parent, ArgumentInfo: { Arguments: args } };
    return id;
  }

  /** A queued action (a property set or a method call) and what it does to the workbook at sync. */
  action(type: "SetProperty" | "Method" | "Query", objectPath: number, name: string, args: unknown[], effect?: () => void): void {
    this.actions.push({ Id: this.nextId++, ActionType: type, Name: name, ObjectPathId: objectPath, ArgumentInfo: { Arguments: args } });
    if (effect) this.effects.push(effect);
  }

  /** A queued load: the mocks to sync, what the answer carries, and what to do once it arrived. */
  load(mocks: OfficeMockObject[], respond: () => unknown, done: () => void = () => {}): void {
    this.loads.push({ mocks, respond, done });
  }

  /** `context.sync()`: measures, enforces the host's limits, applies the effects in order, fills the loads. */
  async sync(): Promise<void> {
    const actions = this.actions;
    const request = JSON.stringify({ Actions: actions, ObjectPaths: this.paths });
    const effects = this.effects;
    const loads = this.loads;
    this.actions = [];
    this.paths = {};
    this.effects = [];
    this.loads = [];
    const requestBytes = utf8(request);
    const responseBytes = loads.reduce((n, l) => n + utf8(JSON.stringify(l.respond()) ?? ""), 0);
    this.stats.push({ requestBytes, responseBytes, actions: actions.length });
    if (this.limits.editMode) throw richApiError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    const web = this.limits.web ?? true;
    if (web && requestBytes > WEB_PAYLOAD_LIMIT) throw richApiError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    if (web && responseBytes > WEB_PAYLOAD_LIMIT) throw richApiError("ResponsePayloadSizeLimitExceeded", `answer of ${responseBytes} bytes`);
    for (const effect of effects) effect();
    for (const l of loads) for (const m of l.mocks) await m.sync();
    // office-addin-mock copies loaded values into their parents in un-awaited callbacks: let them run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const l of loads) l.done();
  }

  /** Throws the error Excel raises for a call it refuses. */
  static fail(code: string, message: string): never {
    throw richApiError(code, message);
  }
}
