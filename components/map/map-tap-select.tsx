"use client";
// Phones have no hover: the first tap on a place selects it (its figures open in a sheet at the
// bottom of the screen, with a link to its projects); a second tap on it follows its link. A mouse
// click still follows the link at once. Without JavaScript a tap follows the link, as before.
import { useEffect, useRef } from "react";

export function MapTapSelect() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const map = ref.current?.closest<HTMLElement>(".qmap");
    if (!map) return;
    // The click that follows a tap does not always say it came from a finger: remember the pointer.
    let lastPointer = "";
    const onPointerDown = (e: PointerEvent) => {
      lastPointer = e.pointerType;
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target as Element;
      if (target.closest("[data-close-panel]")) {
        delete map.dataset.selected;
        return;
      }
      const place = target.closest<HTMLAnchorElement>("a[data-slug]");
      if (!place) return;
      const touch = lastPointer === "touch" || (e as PointerEvent).pointerType === "touch" || window.matchMedia("(hover: none)").matches;
      if (!touch || map.dataset.selected === place.dataset.slug) return;
      e.preventDefault();
      map.dataset.selected = place.dataset.slug;
      // The tap also focused the link; focus would keep its own figures open beside the new choice.
      place.blur();
    };
    map.addEventListener("pointerdown", onPointerDown);
    map.addEventListener("click", onClick);
    // Until this runs a tap follows the link (as without JavaScript); tests wait for this mark.
    map.dataset.tapSelect = "on";
    return () => {
      delete map.dataset.tapSelect;
      map.removeEventListener("pointerdown", onPointerDown);
      map.removeEventListener("click", onClick);
    };
  }, []);
  return <span ref={ref} hidden />;
}
