import { bidiText, shapePath, type Mark, type Scene } from "@/lib/charts/scene";
import { FONT_FAMILY } from "@/lib/charts/scene-svg";

function MarkEl({ m }: { m: Mark }) {
  switch (m.t) {
    case "text":
      return <text x={m.x} y={m.y} fontSize={m.size} fontWeight={m.weight} fill={m.fill} textAnchor={m.anchor} data-w={m.w} className={m.cls}>{bidiText(m)}</text>;
    case "rect":
      return <rect x={m.x} y={m.y} width={m.w} height={m.h} fill={m.fill} rx={m.rx}>{m.title ? <title>{m.title}</title> : null}</rect>;
    case "line":
      return <line x1={m.x1} y1={m.y1} x2={m.x2} y2={m.y2} stroke={m.stroke} strokeDasharray={m.dash ? "3 3" : undefined} />;
    case "dot":
      return m.shape === "ring"
        ? <path d={shapePath(m.shape, m.x, m.y, m.r)} fill="#ffffff" stroke={m.fill} strokeWidth={2} />
        : <path d={shapePath(m.shape, m.x, m.y, m.r)} fill={m.fill} stroke="#ffffff" strokeWidth={1} />;
    case "link":
      return (
        <a href={m.href} target={m.newTab ? "_blank" : undefined} className="chart-link">
          <title>{m.title}</title>
          {m.marks.map((c, i) => <MarkEl key={i} m={c} />)}
        </a>
      );
  }
}

interface Props {
  scene: Scene;
  label: string;
  /** Largest width it is drawn at (default: its own width; "none" lets it fill its box, as the embed does). */
  maxWidth?: number | "none";
  className?: string;
  testId?: string;
}

/** Draws a Scene as inline SVG: the same marks as the SVG/PNG downloads (lib/charts/scene-svg.ts). */
export function SceneSvg({ scene, label, maxWidth, className, testId = "static-chart" }: Props) {
  return (
    <svg
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      width={scene.width}
      height={scene.height}
      direction="ltr"
      fontFamily={FONT_FAMILY}
      // A chart with links (one per figure) stays a group, so its links remain reachable.
      role={scene.marks.some((m) => m.t === "link") ? "group" : "img"}
      aria-label={label}
      className={`block h-auto w-full ${className ?? ""}`}
      style={{ maxWidth: maxWidth ?? scene.width, direction: "ltr", fontFamily: "var(--font-vazirmatn), 'DejaVu Sans', sans-serif" }}
      data-testid={testId}
    >
      {scene.marks.map((m, i) => <MarkEl key={i} m={m} />)}
    </svg>
  );
}
