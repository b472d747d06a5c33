import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { summarize } from '../../core/checks/summarize';
import type { Finding } from '../../core/checks/types';
import type { DocumentHost } from '../../hosts/host';
import type { Notice } from '../components/Notice';
import type { CheckProgress, CheckResult } from './checkJob';
import type { CheckRunner } from './checkRunner';
import { groupFindings } from './groupFindings';
import { documentKey, loadIgnored, saveIgnored, type Ignored } from './ignoredStore';

export interface UseCheckOptions {
  host: DocumentHost;
  runCheck: CheckRunner;
  /** Where ignored findings are remembered (localStorage in the pane). */
  storage?: Storage;
  /** Which document this is across sessions (the standalone page: file name + hash); else read from the document. */
  documentId?: string;
  /** How many edits the pane has made; findings from before the last one are out of date. */
  edits?: number;
  /** Called after a fix changed the document. */
  onDocumentChanged?: () => void;
}

/**
 * The Kiểm tra logic without the screen: run the check, order the findings as the panel lists
 * them, go to one, fix it (then check again), ignore a finding or a rule for this document.
 * A notice lasts until the next action; errors and notices are worded when shown.
 */
export function useCheck({ host, runCheck, storage, documentId, edits = 0, onDocumentChanged }: UseCheckOptions) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const [ignored, setIgnored] = useState<Ignored>([]);
  const docKey = useRef<string | null>(documentId ? `soanKh.ignored.v1:${documentId}` : null);
  const loaded = useRef(false);
  const [current, setCurrent] = useState(-1);
  const [checkedAt, setCheckedAt] = useState(edits);
  // The edit count when a check finishes, which may be later than the render that started it.
  const editsRef = useRef(edits);
  useEffect(() => {
    editsRef.current = edits;
  }, [edits]);

  const run = useCallback(
    async (ignoredArg?: Ignored, keepMessage = false) => {
      if (!keepMessage) setMessage(null);
      setProgress({ stage: 'read' });
      try {
        const snapshot = await host.readSnapshot();
        let ignoredNow = ignoredArg ?? ignored;
        if (!loaded.current) {
          loaded.current = true;
          docKey.current ??= documentKey(snapshot);
          if (!ignoredArg) ignoredNow = loadIgnored(storage, docKey.current);
          setIgnored(ignoredNow);
        }
        const parentLink = snapshot.parentLink ?? (await host.readParentLink());
        setResult(await runCheck({ snapshot, parentLink, ignored: ignoredNow }, setProgress));
        setCurrent(-1);
        setCheckedAt(editsRef.current);
      } catch (e) {
        setMessage({ intent: 'error', text: { error: e } });
      } finally {
        setProgress(null);
      }
    },
    [host, runCheck, ignored, storage],
  );

  const groups = useMemo(() => (result ? groupFindings(result.findings, result.rules) : []), [result]);
  const ordered = useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  const summary = useMemo(() => summarize(ordered), [ordered]);

  const go = async (i: number) => {
    if (i < 0 || i >= ordered.length) return;
    setCurrent(i);
    setMessage(null);
    try {
      await host.selectParagraph(ordered[i].location.paragraph);
    } catch (e) {
      setMessage({ intent: 'error', text: { error: e } });
    }
  };

  /** Applies the fix (inserts its line, with `value` in place of its "…"; or replaces words), then checks again. */
  const applyFix = async (f: Finding, value = '') => {
    if (!f.fix) return;
    try {
      if (f.fix.kind === 'replace-text') {
        // A name, a mark, a full stop: rewritten in place, one undoable edit.
        await host.replaceText(f.fix.paragraph, f.fix.find, f.fix.replace);
        await host.selectParagraph(f.fix.paragraph);
      } else if (f.fix.kind === 'convert-legacy') {
        // TCVN3/VNI runs to Unicode in Times New Roman, the others untouched: one undoable edit.
        await host.convertLegacyText();
        await host.selectParagraph(f.fix.paragraph);
      } else {
        const text = value.trim() ? f.fix.text.replace('…', value.trim()) : f.fix.text;
        await host.insertParagraphAfter(f.fix.paragraph, text, f.fix.tag);
        // The cursor goes to the new line on every host, so a following insert lands after it.
        await host.selectParagraph(f.fix.paragraph + 1);
      }
      setMessage({ intent: 'success', text: { key: 'fixApplied', args: { label: f.fix.label } } });
      onDocumentChanged?.();
      await run(undefined, true);
    } catch (e) {
      setMessage({ intent: 'error', text: { error: e } });
    }
  };

  const remember = (next: Ignored) => {
    setIgnored(next);
    if (docKey.current) saveIgnored(storage, docKey.current, next);
  };

  const ignore = async (entry: Ignored[number]) => {
    const next = [...ignored, entry];
    remember(next);
    await run(next);
  };

  const restoreIgnored = async () => {
    remember([]);
    await run([]);
  };

  return {
    result,
    groups,
    ordered,
    summary,
    progress,
    busy: progress !== null,
    message,
    ignoredEntries: ignored,
    /** How many findings the ignore list hides in the last check. */
    ignoredFindings: result?.ignored ?? 0,
    current,
    stale: result !== null && progress === null && checkedAt < edits,
    run: () => run(),
    go,
    applyFix,
    ignore,
    restoreIgnored,
  };
}
