/**
 * A button that opens a panel of controls under it (a disclosure, not an ARIA menu: the panel
 * holds checkboxes, selects and buttons, each reached with Tab). One panel is open at a time;
 * Escape, a click outside, or opening another closes it, and Escape gives focus back to its
 * button. The panel is placed under its button and kept inside the window, so that it never
 * runs off a phone's screen; what does not fit scrolls within it.
 */
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useAnchored } from './anchored.ts';
import { useDismiss } from './use-dismiss.ts';

interface OpenMenu {
  readonly open: string | null;
  readonly setOpen: (id: string | null) => void;
}

const MenuContext = createContext<OpenMenu>({ open: null, setOpen: () => undefined });

/** Holds which of its menus is open. */
export function MenuBar({ children, label }: { children: ReactNode; label: string }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <MenuContext.Provider value={{ open, setOpen }}>
      <div className="toolbar" role="group" aria-label={label}>
        {children}
      </div>
    </MenuContext.Provider>
  );
}

/** Until Floating UI has placed it (one frame), a panel is not seen. */
const UNPLACED: CSSProperties = { visibility: 'hidden', top: 0, left: 0 };

/** Closes whichever menu is open (for a control that takes the reader elsewhere). */
export function useCloseMenu(): () => void {
  const { setOpen } = useContext(MenuContext);
  return () => setOpen(null);
}

export function ToolMenu({ label, title, children, badge }: { label: string; title?: string; children: ReactNode; badge?: ReactNode }) {
  const id = useId();
  const { open, setOpen } = useContext(MenuContext);
  const isOpen = open === id;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // under its button, kept inside the window, as every pop-up of the reader is placed
  const locate = useCallback(() => button.current?.getBoundingClientRect() ?? null, []);
  useAnchored(panel, isOpen ? locate : null, isOpen);

  useDismiss(isOpen, [panel, button], (by) => {
    setOpen(null);
    if (by === 'escape') button.current?.focus();
  });
  // a panel placed for one window size is not placed for another
  useEffect(() => {
    if (!isOpen) return;
    const onResize = () => setOpen(null);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [isOpen, setOpen]);

  return (
    <span className="tool-menu">
      <button
        type="button"
        ref={button}
        className="tool-menu-button"
        aria-expanded={isOpen}
        aria-controls={id}
        title={title}
        onClick={() => setOpen(isOpen ? null : id)}
      >
        {label}
        {badge}
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {isOpen && (
        <div
          id={id}
          ref={panel}
          className="tool-panel"
          role="group"
          aria-label={label}
          style={UNPLACED}
        >
          {children}
        </div>
      )}
    </span>
  );
}
