// One rule for every paginated list, page or API: a page past the end is the last page (so
// `?page=100000` costs one count and renders the last page, the same bytes every time), and a
// page reads at most `size` rows.

export interface PageWindow {
  /** The page shown: the one asked for, clamped to 1…pages. */
  page: number;
  /** At least 1, also for an empty list. */
  pages: number;
  /** Rows to skip. */
  offset: number;
  size: number;
}

export function pageWindow(asked: number, total: number, size: number): PageWindow {
  const pages = Math.max(1, Math.ceil(Math.max(0, total) / size));
  const page = Math.min(Math.max(1, Math.floor(asked) || 1), pages);
  return { page, pages, offset: (page - 1) * size, size };
}
