import localFont from "next/font/local";

// Served from our own build (no Google Fonts offline): the variable Vazirmatn WOFF2 from npm, in
// its Non-Latin cut (Latin falls back to the system font).
export const vazirmatn = localFont({
  src: "../node_modules/vazirmatn/misc/Non-Latin/fonts/webfonts/Vazirmatn-NL[wght].woff2",
  variable: "--font-vazirmatn",
  weight: "100 900",
  // "optional": no late swap, so no layout shift; the preloaded 48 kB file is nearly always in time.
  display: "optional",
});
