// Sets the theme in <head>, before the first paint, so a page never flashes
// the wrong one: data-theme is the reader's saved choice, or "system" to follow
// the system live. A chosen theme also recolours the browser's chrome through a
// theme-color meta of its own, first in <head> so it wins over the layout's
// per-scheme ones. Those are left alone: React re-inserts a meta whose
// attributes it did not render. It answers the masthead's toggle (by event
// delegation, so nothing waits for hydration) and saves the choice. Without
// JavaScript no data-theme is set: the CSS follows the system and the toggle
// stays hidden. The CSP allows inline scripts (lib/server/http-headers.mjs).

/** The browser chrome's colour in each theme: the page background in globals.css. */
export const THEME_COLORS = { light: "#fbfaf7", dark: "#16171a" } as const;

const THEME_SCRIPT = `(function(){var d=document.documentElement,k="theme",c=${JSON.stringify(THEME_COLORS)},t;function s(v){d.dataset.theme=v;var m=document.getElementById("chosen-theme-color");if(!c[v])return;if(!m){m=document.createElement("meta");m.name="theme-color";m.id="chosen-theme-color";document.head.prepend(m)}m.content=c[v]}try{t=localStorage.getItem(k)}catch(e){}s(t==="dark"||t==="light"?t:"system");document.addEventListener("click",function(e){if(!(e.target instanceof Element&&e.target.closest("[data-theme-toggle]")))return;t=d.dataset.theme;if(t==="system")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";t=t==="dark"?"light":"dark";s(t);try{localStorage.setItem(k,t)}catch(e){}})})()`;

export function ThemeScript() {
  // A constant written above, never content: not an HTML injection point.
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}

export function ThemeToggle() {
  return (
    <button type="button" className="theme-toggle" data-theme-toggle="">
      <span className="visually-hidden">Switch to </span>
      <span className="to-dark">Dark</span>
      <span className="to-light">Light</span>
      <span className="visually-hidden"> theme</span>
    </button>
  );
}
