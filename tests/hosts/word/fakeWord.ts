/**
 * A fake of exactly the Office.js calls `src/hosts/word/` makes, strict where Office is strict:
 * reading a property or a result before it was loaded AND synced throws (as Office's
 * PropertyNotLoaded does), queued edits only happen at `context.sync()`, and every sync is counted.
 */

export interface FakeParagraph {
  text: string;
  /** Tag of a content control wrapping the paragraph, if any. */
  tag?: string;
  controlTitle?: string;
  /** What `paragraph.getOoxml()` returns (flat OPC); its runs' `w:ascii` fonts give `paragraph.font.name`. */
  ooxml?: string;
}

export interface FakeDocumentState {
  paragraphs: FakeParagraph[];
  /** What `body.getOoxml()` returns. */
  bodyOoxml: string;
  /** 1-based paragraph the selection is in (null: nothing selected yet). */
  selection: number | null;
  /** OOXML passed to `insertOoxml`, with the location and the paragraph the selection was in. */
  insertedOoxml: { ooxml: string; location: string; at: number | null }[];
  customXmlParts: { id: string; xml: string }[];
  settings: Map<string, unknown>;
  settingsSaves: number;
  /** Requirement sets the fake host claims, e.g. `WordApi 1.4`. */
  requirementSets: Set<string>;
}

export class PropertyNotLoadedError extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and context.sync()`);
  }
}

class ClientResult<T> {
  private ready = false;
  private result!: T;
  constructor(private readonly what: string) {}
  settle(value: T): void {
    this.result = value;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw new PropertyNotLoadedError(this.what);
    return this.result;
  }
}

export class FakeWord {
  syncs = 0;
  /** Operations queued per sync, for docs/word-host.md's cost figures. */
  queuedPerSync: number[] = [];
  runs = 0;
  private queue: (() => void)[] = [];

  constructor(readonly state: FakeDocumentState) {}

  static document(paragraphs: (string | FakeParagraph)[], options: Partial<FakeDocumentState> = {}): FakeWord {
    return new FakeWord({
      paragraphs: paragraphs.map((p) => (typeof p === 'string' ? { text: p } : p)),
      bodyOoxml: '',
      selection: null,
      insertedOoxml: [],
      customXmlParts: [],
      settings: new Map(),
      settingsSaves: 0,
      requirementSets: new Set(['WordApi 1.3', 'WordApi 1.4']),
      ...options,
    });
  }

  /** Puts `Word` and `Office` on globalThis, as office.js does; returns a function that removes them. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Word: g.Word, Office: g.Office };
    g.Word = { run: <T>(batch: (context: unknown) => Promise<T>) => this.run(batch) };
    g.Office = this.office();
    return () => {
      g.Word = before.Word;
      g.Office = before.Office;
    };
  }

  private enqueue(op: () => void): void {
    this.queue.push(op);
  }

  private async run<T>(batch: (context: unknown) => Promise<T>): Promise<T> {
    this.runs++;
    const context = {
      document: {
        body: this.body(),
        getSelection: () => this.selectionRange(),
        customXmlParts: this.customXmlParts(),
      },
      sync: async () => {
        this.syncs++;
        this.queuedPerSync.push(this.queue.length);
        const ops = this.queue;
        this.queue = [];
        for (const op of ops) op();
      },
    };
    const result = await batch(context);
    if (this.queue.length > 0) throw new Error(`Word.run ended with ${this.queue.length} queued operation(s) never synced`);
    return result;
  }

  private body() {
    const paragraph = (locate: () => number): object => this.paragraph(locate);
    return {
      insertOoxml: (ooxml: string, location: string) => {
        if (location === 'Replace') {
          // The body becomes the package: what a later getOoxml() returns.
          this.enqueue(() => (this.state.bodyOoxml = ooxml));
          return this.insertOoxml(ooxml, location, () => null);
        }
        if (location !== 'Start' && location !== 'End') throw new Error(`InvalidArgument: body.insertOoxml ${location}`);
        return this.insertOoxml(ooxml, location, () => (location === 'Start' ? 0 : this.state.paragraphs.length));
      },
      getOoxml: () => {
        const result = new ClientResult<string>('body.getOoxml()');
        this.enqueue(() => result.settle(this.state.bodyOoxml));
        return result;
      },
      // A collection (load, then items) that also navigates (getFirst); not spread, which would read items early.
      paragraphs: Object.defineProperty(this.collection('body.paragraphs', () => this.state.paragraphs.map((_, i) => this.paragraphItem(i))), 'getFirst', {
        value: () => paragraph(() => this.requireParagraph(1)),
      }),
      contentControls: {
        getByTag: (tag: string) => this.collection('contentControls.getByTag', () =>
          this.state.paragraphs.flatMap((p, i) => (p.tag === tag ? [this.control(i)] : [])),
        ),
      },
    };
  }

  private requireParagraph(index: number): number {
    if (index < 1 || index > this.state.paragraphs.length) throw Object.assign(new Error(`ItemNotFound: paragraph ${index}`), { code: 'ItemNotFound' });
    return index;
  }

  /** A paragraph proxy; where it points is resolved only when the batch runs, as in Office. */
  private paragraph(locate: () => number): Record<string, unknown> {
    const proxy: Record<string, unknown> = {
      getNext: () => this.paragraph(() => this.requireParagraph(locate() + 1)),
      getRange: (where: string) => {
        if (where !== 'Whole') throw new Error(`fake: only getRange('Whole') is modelled, not ${where}`);
        return { insertOoxml: (ooxml: string, location: string) => this.insertOoxml(ooxml, location, locate) };
      },
      select: (_mode?: string) => this.enqueue(() => (this.state.selection = locate())),
      insertParagraph: (text: string, location: string) => {
        if (location !== 'After' && location !== 'Before') throw new Error(`InvalidArgument: ${location}`);
        let added = -1;
        this.enqueue(() => {
          const at = locate();
          added = location === 'After' ? at + 1 : at;
          this.state.paragraphs.splice(added - 1, 0, { text });
        });
        const addedProxy = this.paragraph(() => added);
        addedProxy.insertContentControl = () => {
          const control = { tag: '', title: '' };
          this.enqueue(() => {
            const p = this.state.paragraphs[added - 1];
            p.tag = control.tag;
            p.controlTitle = control.title;
          });
          return control;
        };
        return addedProxy;
      },
    };
    return proxy;
  }

  /** An item of a loaded `body.paragraphs`: its font, OOXML and parent control, as Word gives them. */
  private paragraphItem(i: number) {
    const p = () => this.state.paragraphs[i];
    const enqueue = (op: () => void) => this.enqueue(op);
    return {
      font: { name: fontOf(p()) },
      getOoxml: () => {
        const result = new ClientResult<string>(`paragraphs.items[${i}].getOoxml()`);
        this.enqueue(() => result.settle(p().ooxml ?? plainPackage(p().text)));
        return result;
      },
      get parentContentControlOrNullObject() {
        return nullable(`paragraphs.items[${i}].parentContentControlOrNullObject`, () => p().tag === undefined, enqueue);
      },
      insertOoxml: (ooxml: string, location: string) => {
        if (location !== 'Replace' && location !== 'Start' && location !== 'End') throw new Error(`InvalidArgument: paragraph.insertOoxml ${location}`);
        if (location !== 'Replace') throw new Error(`fake: only paragraph.insertOoxml Replace is modelled, not ${location}`);
        this.enqueue(() => (p().ooxml = ooxml));
        return this.insertOoxml(ooxml, location, () => i + 1);
      },
    };
  }

  private control(paragraphIndex: number) {
    return {
      insertText: (text: string, location: string) => {
        if (location !== 'Replace') throw new Error('fake: only Replace is modelled');
        this.enqueue(() => (this.state.paragraphs[paragraphIndex].text = text));
      },
    };
  }

  private selectionRange() {
    return { insertOoxml: (ooxml: string, location: string) => this.insertOoxml(ooxml, location, () => this.state.selection) };
  }

  /** Queues the insertion where `at()` points when the batch runs; the inserted range's paragraphs are the package's w:p, countable once loaded and synced. */
  private insertOoxml(ooxml: string, location: string, at: () => number | null) {
    this.enqueue(() => this.state.insertedOoxml.push({ ooxml, location, at: at() }));
    return { paragraphs: this.collection('range.paragraphs', () => (ooxml.match(/<w:p[\s>]/g) ?? []).map(() => ({}))) };
  }

  /** A collection whose `items` can be read only after `load()` and a sync. */
  private collection<T>(what: string, resolve: () => T[]) {
    let loaded = false;
    let items: T[] | null = null;
    return {
      load: (_props?: string) => {
        loaded = true;
        this.enqueue(() => (items = resolve()));
      },
      get items(): T[] {
        if (!loaded || items === null) throw new PropertyNotLoadedError(`${what}.items`);
        return items;
      },
    };
  }

  private customXmlParts() {
    const requireApi = () => {
      if (!this.state.requirementSets.has('WordApi 1.4')) throw new Error('ApiNotFound: customXmlParts needs WordApi 1.4');
    };
    return {
      getByNamespace: (ns: string) => {
        requireApi();
        return this.collection('customXmlParts.getByNamespace', () =>
          this.state.customXmlParts.filter((p) => p.xml.includes(`xmlns="${ns}"`)).map((p) => ({
            id: p.id,
            getXml: () => {
              const result = new ClientResult<string>('customXmlPart.getXml()');
              this.enqueue(() => result.settle(p.xml));
              return result;
            },
            delete: () => this.enqueue(() => (this.state.customXmlParts = this.state.customXmlParts.filter((q) => q !== p))),
          })),
        );
      },
      add: (xml: string) => {
        requireApi();
        this.enqueue(() => this.state.customXmlParts.push({ id: `{part-${this.state.customXmlParts.length + 1}}`, xml }));
      },
    };
  }

  private office() {
    return {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        requirements: { isSetSupported: (name: string, version?: string) => this.state.requirementSets.has(`${name} ${version ?? '1.1'}`) },
        document: {
          settings: {
            get: (key: string) => this.state.settings.get(key) ?? null,
            set: (key: string, value: unknown) => this.state.settings.set(key, value),
            saveAsync: (callback: (r: { status: string }) => void) => {
              this.state.settingsSaves++;
              callback({ status: 'succeeded' });
            },
          },
        },
      },
    };
  }
}

/** Word's `font.name` of a paragraph: its one run font, '' when the runs differ, the default when none is set. */
function fontOf(p: FakeParagraph): string {
  const fonts = new Set([...(p.ooxml ?? '').matchAll(/<w:rFonts\b[^>]*\bw:ascii="([^"]*)"/g)].map((m) => m[1]));
  return fonts.size === 0 ? 'Times New Roman' : fonts.size === 1 ? [...fonts][0] : '';
}

function plainPackage(text: string): string {
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}

/** A `…OrNullObject` proxy: `isNullObject` readable only after `load()` and a sync, as in Office. */
function nullable(what: string, isNull: () => boolean, enqueue: (op: () => void) => void) {
  const result = new ClientResult<boolean>(`${what}.isNullObject`);
  return {
    load: (_props?: string) => enqueue(() => result.settle(isNull())),
    get isNullObject(): boolean {
      return result.value;
    },
  };
}
