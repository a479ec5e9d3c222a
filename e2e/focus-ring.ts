import type { Page } from "@playwright/test";

export interface FocusRing {
  /** What has focus, for messages: tag, name or text. */
  element: string;
  outlineStyle: string;
  outlineWidth: number;
  /** WCAG contrast ratio of the ring against what surrounds it (the nearest opaque background behind it). */
  contrast: number;
  /** Contrast of the ring against the control's own fill (its backdrop when it has none). */
  contrastWithControl: number;
}

/**
 * Reads the focused element's ring as the browser draws it. Colours are normalised through a canvas, so any CSS
 * colour syntax works; the backdrop is the first background behind the ring that is not transparent.
 */
export function readFocusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgba = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data] as [number, number, number, number];
    };
    // Some controls draw the ring on a wrapper (`has-[a:focus-visible]:outline-2` on a row): use the nearest one.
    let ringed: HTMLElement = element;
    for (let node: HTMLElement | null = element, depth = 0; node && depth < 4; node = node.parentElement, depth += 1) {
      if (getComputedStyle(node).outlineStyle !== "none") {
        ringed = node;
        break;
      }
    }
    const style = getComputedStyle(ringed);
    // A ring drawn outside the element sits over its parent; one drawn inside (negative offset), over itself.
    let backdrop: number[] = [255, 255, 255, 255];
    const inside = parseFloat(style.outlineOffset) < 0;
    for (let node = inside ? ringed : ringed.parentElement; node; node = node.parentElement) {
      const color = rgba(getComputedStyle(node).backgroundColor);
      if (color[3] === 255) {
        backdrop = color;
        break;
      }
    }
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((value) => {
        const channel = value / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const ring = rgba(style.outlineColor);
    // A translucent ring shows the backdrop through it.
    const alpha = ring[3]! / 255;
    const seen = ring.slice(0, 3).map((value, i) => value * alpha + backdrop[i]! * (1 - alpha));
    const ratio = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100;
    };
    const fill = rgba(getComputedStyle(ringed).backgroundColor);
    return {
      element: `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}"`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      contrast: ratio(seen, backdrop),
      contrastWithControl: ratio(seen, fill[3] === 255 ? fill : backdrop),
    };
  });
}

/** Tabs through the page from the top and reads each focused control's ring, until focus comes round again. */
export async function focusRingsByKeyboard(page: Page, limit = 40): Promise<FocusRing[]> {
  const rings: FocusRing[] = [];
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press("Tab");
    // Marks each control as it is reached; reaching a marked one (or none) means focus has come round.
    const isNew = await page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body || element.dataset.focusChecked) return false;
      element.dataset.focusChecked = "true";
      return true;
    });
    if (!isNew) break;
    const ring = await readFocusRing(page);
    if (ring) rings.push(ring);
  }
  return rings;
}
