import type { OfficeMockObject } from "office-addin-mock";

/** Size of one `context.sync()`: the request Office.js would send, the answer it would get. */
export interface SyncStat {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** The error code when the host refused the request (the request and answer sizes are still measured). */
  refused?: string;
}

/** What the fake does on a sync besides counting: Excel on the web's limits, or a cell in edit mode. */
export interface HostLimits {
  /** Enforce Excel on the web's 5 MB limit on requests and answers (default true). */
  web?: boolean;
  /**
   * The user is typing in a cell: every sync fails, unless the run asked for `delayForCellEdit`, which makes
   * Excel wait until the user leaves the cell ("Excel.RunOptions.delayForCellEdit"): the fake then runs it.
   */
  editMode?: boolean;
  /**
   * The host refuses the request of the given sync (1 for the first of the fake's life) as a whole, applying none of
   * its steps, with `code`: a connection dropped or a request refused in the middle of a write of several requests.
   * The requests before it stay applied — Office.js has no transaction across `context.sync()` calls ("Error handling
   * with the application-specific JavaScript APIs",
   * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   */
  refuseSync?: { at: number; code: string };
}

/** The options of one `Excel.run` the fake honours. */
export interface FakeRunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Most cells a load may ask for on Excel on the web before the answer is null. */
export const WEB_CELL_LIMIT = 5_000_000;

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
  private actions: { Id: number; ObjectPathId: number }[] = [];
  private paths = new Map<number, { Id: number; ParentObjectPathId: number }>();
  /** What each queued action does at sync; a query's (a load that may fail) changes nothing. */
  private effects: { run: () => void; change: boolean }[] = [];
  private loads: { mocks: OfficeMockObject[]; respond: () => unknown; done: () => void }[] = [];
  private nextId = 1;
  readonly stats: SyncStat[] = [];
  /** The options of the `Excel.run` in progress. */
  run: FakeRunOptions = {};
  /** Called after a sync applied changes (also when a later change of the same request failed). */
  onApplied?: (changes: number) => void;

  constructor(readonly limits: HostLimits = {}) {}

  /** A new object path (a navigation such as `getRange("A1")`), returning its id. */
  path(name: string, parent: number, args: unknown[] = []): number {
    const id = this.nextId++;
    this.paths.set(id, { Id: id, ObjectPathType: 3, Name: name, ParentObjectPathId: parent, ArgumentInfo: { Arguments: args } } as never);
    return id;
  }

  /** A queued action (a property set or a method call) and what it does to the workbook at sync. */
  action(type: "SetProperty" | "Method" | "Query", objectPath: number, name: string, args: unknown[], effect?: () => void): void {
    const actionType = { SetProperty: 4, Method: 3, Query: 2 }[type];
    this.actions.push({ Id: this.nextId++, ActionType: actionType, Name: name, ObjectPathId: objectPath, ArgumentInfo: { Arguments: args } } as never);
    if (effect) this.effects.push({ run: effect, change: type !== "Query" });
  }

  /** A queued load: the mocks to sync, what the answer carries, and what to do once it arrived. */
  load(mocks: OfficeMockObject[], respond: () => unknown, done: () => void = () => {}): void {
    this.loads.push({ mocks, respond, done });
  }

  /** `context.sync()`: measures, enforces the host's limits, applies the effects in order, fills the loads. */
  async sync(): Promise<void> {
    const actions = this.actions;
    // Like Office.js, send only the object paths an action runs on, with their ancestors.
    const sent: Record<number, object> = {};
    for (const a of actions) {
      for (let id = a.ObjectPathId; id > 0 && !(id in sent); ) {
        const p = this.paths.get(id);
        if (!p) break;
        sent[id] = p;
        id = p.ParentObjectPathId;
      }
    }
    // …and, as Office.js does, an Instantiate action (ActionType 1) for each of those paths.
    const instantiate = Object.keys(sent).map((id) => ({ Id: this.nextId++, ActionType: 1, Name: "", ObjectPathId: Number(id) }));
    const request = JSON.stringify({ Actions: [...instantiate, ...actions], ObjectPaths: sent });
    const effects = this.effects;
    const loads = this.loads;
    this.actions = [];
    this.effects = [];
    this.loads = [];
    const requestBytes = utf8(request);
    const responseBytes = loads.reduce((n, l) => n + utf8(JSON.stringify(l.respond()) ?? ""), 0);
    const stat: SyncStat = { requestBytes, responseBytes, actions: actions.length };
    this.stats.push(stat);
    const refuse = (code: string, message: string): never => {
      stat.refused = code;
      throw richApiError(code, message);
    };
    if (this.limits.editMode && !this.run.delayForCellEdit) refuse("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    const cut = this.limits.refuseSync;
    if (cut && cut.at === this.stats.length) refuse(cut.code, `request ${cut.at} refused`);
    const web = this.limits.web ?? true;
    if (web && requestBytes > WEB_PAYLOAD_LIMIT) refuse("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    if (web && responseBytes > WEB_PAYLOAD_LIMIT) refuse("ResponsePayloadSizeLimitExceeded", `answer of ${responseBytes} bytes`);
    // A request's steps run in order; one that fails stops the rest, and those before it stay applied
    // (Office.js applies a batch as it goes; it has no transactions — see "Error handling with the application-specific JavaScript APIs").
    let applied = 0;
    try {
      for (const effect of effects) {
        effect.run();
        if (effect.change) applied++;
      }
    } finally {
      if (applied > 0) this.onApplied?.(applied);
    }
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
