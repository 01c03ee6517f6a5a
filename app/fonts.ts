import localFont from "next/font/local";

// Served from our own build (no Google Fonts offline): the variable Vazirmatn WOFF2 from npm.
export const vazirmatn = localFont({
  src: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2",
  variable: "--font-vazirmatn",
  weight: "100 900",
  display: "swap",
});
