import type { NextRequest } from "next/server";
import { getDatabaseTime, getProjectName, listFeedChanges } from "@/db/queries/changes";
import { atomDate, atomFeed } from "@/lib/atom";
import { changeId, changeSummary, changeTitle } from "@/lib/change-text";
import { placeLabel } from "@/lib/districts";
import { citationText, factHref } from "@/lib/links";
import { absoluteUrl, siteUrl } from "@/lib/site-url";
import { CHANGES, SITE } from "@/lib/strings";
import { changesHref, feedHref, parseChangesQuery } from "@/lib/url-state";
import { rawParams } from "../../api/respond";

export const dynamic = "force-dynamic";

/** The latest changes as Atom, for a district or one project (`?district=`, `?project=`). */
export function GET(req: NextRequest) {
  const state = parseChangesQuery(rawParams(req));
  const filters = { district: state.district, project: state.project };
  const built = getDatabaseTime();
  const host = new URL(siteUrl()).host;
  const scope = [state.district && placeLabel(state.district), state.project && getProjectName(state.project)].filter(Boolean).join("، ");
  const entries = listFeedChanges(filters, 50).flatMap(({ article, changes }) =>
    changes.map((c) => ({
      id: changeId(host, article.sha256, c),
      title: changeTitle(c),
      link: absoluteUrl(c.figure ? factHref(c.figure.articleId, "amount", c.figure.start) : factHref(c.articleId, "project", c.mention.start)),
      updated: article.published ? atomDate(article.published) : built,
      summary: changeSummary(c, citationText(article)),
    })),
  );
  const xml = atomFeed({
    id: absoluteUrl(feedHref(filters)), title: CHANGES.feedTitle(scope || null), subtitle: CHANGES.intro,
    self: absoluteUrl(feedHref(filters)), alternate: absoluteUrl(changesHref(filters)), author: SITE.title, updated: built, entries,
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "no-cache" } });
}
