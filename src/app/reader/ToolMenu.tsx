/**
 * A button that opens a panel of controls under it (a disclosure, not an ARIA menu: the panel
 * holds checkboxes, selects and buttons, each reached with Tab). One panel is open at a time;
 * Escape, a click outside, or opening another closes it, and Escape gives focus back to its
 * button. The panel is placed under its button and kept inside the window, so that it never
 * runs off a phone's screen; what does not fit scrolls within it.
 */
import { createContext, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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

/** Closes whichever menu is open (for a control that takes the reader elsewhere). */
export function useCloseMenu(): () => void {
  const { setOpen } = useContext(MenuContext);
  return () => setOpen(null);
}

const MARGIN = 8;

export function ToolMenu({ label, title, children, badge }: { label: string; title?: string; children: ReactNode; badge?: ReactNode }) {
  const id = useId();
  const { open, setOpen } = useContext(MenuContext);
  const isOpen = open === id;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number; maxHeight: number } | null>(null);

  useLayoutEffect(() => {
    if (!isOpen || !button.current || !panel.current) return;
    const at = button.current.getBoundingClientRect();
    const width = panel.current.offsetWidth;
    const left = Math.max(MARGIN, Math.min(at.left, window.innerWidth - width - MARGIN));
    const top = at.bottom + 4;
    setPlace({ top, left, maxHeight: Math.max(120, window.innerHeight - top - MARGIN) });
  }, [isOpen]);

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
        onClick={() => {
          setPlace(null);
          setOpen(isOpen ? null : id);
        }}
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
          style={place ? { top: place.top, left: place.left, maxHeight: place.maxHeight } : { visibility: 'hidden', top: 0, left: 0 }}
        >
          {children}
        </div>
      )}
    </span>
  );
}
