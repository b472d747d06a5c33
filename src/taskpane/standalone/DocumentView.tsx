import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { renderAsync } from 'docx-preview';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { DocxHost } from '../../hosts/docx/DocxHost';
import { useI18n } from '../i18n';
import { alignParagraphs } from './paragraphMap';

const useStyles = makeStyles({
  root: { height: '100%', width: '100%', boxSizing: 'border-box', overflow: 'auto', backgroundColor: tokens.colorNeutralBackground3, outline: 'none', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

// docx-preview draws plain elements: the current paragraph and the insertion point are marked by attribute.
const useGlobalStyles = makeStaticStyles({
  '.kh-docview .docx-wrapper': { padding: '8px', background: 'transparent' },
  '.kh-docview .docx-wrapper > section.docx': { marginBottom: '8px', boxShadow: '0 0 4px rgba(0,0,0,.25)' },
  '.kh-docview [data-paragraph]': { cursor: 'pointer' },
  '.kh-docview [data-paragraph]:hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  // The selected paragraph (a finding's, the cursor's), and under it the insertion point: new content goes after it.
  '.kh-docview [data-current]': { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `2px solid ${tokens.colorPaletteYellowBorderActive}`, boxShadow: `0 4px 0 0 ${tokens.colorBrandStroke1}` },
});

/** Elements drawn for body paragraphs, in document order (headers and footers are not drawn). */
function drawnParagraphs(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('section.docx article p')];
}

/**
 * The .docx as Word would show it (docx-preview), redrawn after every edit, undo and redo; the
 * selected paragraph (a finding, the cursor) highlighted and scrolled into view; a click or the
 * arrow keys choose the paragraph new content is inserted after.
 */
export default function DocumentView({ host }: { host: DocxHost }) {
  useGlobalStyles();
  const styles = useStyles();
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const byParagraph = useRef(new Map<number, HTMLElement[]>());

  useEffect(() => {
    let version = 0;
    const highlight = (scroll: boolean) => {
      const el = body.current;
      if (!el) return;
      for (const old of el.querySelectorAll('[data-current]')) old.removeAttribute('data-current');
      const current = host.selectedParagraph;
      const parts = current === null ? [] : (byParagraph.current.get(current) ?? []);
      for (const p of parts) p.setAttribute('data-current', '');
      // Only the view scrolls (scrollIntoView would move the page too, and the pane with it).
      const view = root.current;
      if (scroll && parts[0] && view) {
        const at = parts[0].getBoundingClientRect();
        const box = view.getBoundingClientRect();
        view.scrollTop += at.top - box.top - (view.clientHeight - at.height) / 2;
      }
    };
    const fit = () => {
      const el = body.current;
      const page = el?.querySelector<HTMLElement>('section.docx');
      if (!el || !page || !root.current) return;
      const wrapper = el.querySelector<HTMLElement>('.docx-wrapper');
      // A 350 px pane shows the whole A4 width, smaller; a wide screen shows it at its size.
      wrapper?.style.setProperty('zoom', '1');
      const zoom = Math.min(1, (root.current.clientWidth - 16) / page.offsetWidth);
      wrapper?.style.setProperty('zoom', String(zoom));
    };
    const draw = async () => {
      const mine = ++version;
      const el = body.current;
      if (!el) return;
      const staging = document.createElement('div');
      await renderAsync(host.save(), staging, undefined, { inWrapper: true, breakPages: true, ignoreLastRenderedPageBreak: true, renderHeaders: false, renderFooters: false, renderFootnotes: false, renderEndnotes: false, renderComments: false, experimental: false });
      if (mine !== version) return;
      const snapshot = await host.readSnapshot();
      const drawn = drawnParagraphs(staging);
      const numbers = alignParagraphs(snapshot.paragraphs.map((p) => p.text), drawn.map((p) => p.textContent ?? ''));
      const map = new Map<number, HTMLElement[]>();
      drawn.forEach((p, i) => {
        if (!numbers[i]) return;
        p.dataset.paragraph = String(numbers[i]);
        map.set(numbers[i], [...(map.get(numbers[i]) ?? []), p]);
      });
      el.replaceChildren(...staging.childNodes);
      byParagraph.current = map;
      fit();
      highlight(true);
      el.dataset.rendered = String(mine);
    };
    void draw();
    const stop = host.subscribe((change) => (change === 'selection' ? highlight(true) : void draw()));
    window.addEventListener('resize', fit);
    return () => {
      version++;
      stop();
      window.removeEventListener('resize', fit);
    };
  }, [host]);

  const choose = (e: MouseEvent) => {
    const p = (e.target as HTMLElement).closest<HTMLElement>('[data-paragraph]');
    if (p) void host.selectParagraph(Number(p.dataset.paragraph));
  };

  const keys = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const numbers = [...byParagraph.current.keys()];
    const at = host.selectedParagraph ?? 0;
    const next = step > 0 ? numbers.find((n) => n > at) : numbers.filter((n) => n < at).pop();
    if (next) void host.selectParagraph(next);
  };

  return (
    <div ref={root} className={`${styles.root} kh-docview`} role="region" aria-label={t('documentView')} tabIndex={0} onKeyDown={keys} data-testid="document-view">
      <div ref={body} onClick={choose} />
    </div>
  );
}
