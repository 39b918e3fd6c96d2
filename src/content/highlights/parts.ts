/** The highlight layer's shared shapes: what it draws, its options, and the parts its steps share. */
import type { RelayStop } from './focus-relay';
import type { LocatedMention } from './locate';

export interface OverlayEntity {
  type: string;
  name: string;
  role?: string | null;
  summary?: string | null;
  /** The card's photo (https), shown in the hover card when there is one. */
  image?: string | null;
  /** The card's key: present when there is a full card to open. */
  key?: string | null;
  mentionCount: number;
}

export interface OverlayStrings {
  typeLabel(type: string): string;
  mentions(count: number): string;
  regionLabel: string;
  openCard: string;
  /** The underline colours explained, for the types drawn. */
  legend: string;
}

export interface OverlayOptions {
  hoverDelayMs: number;
  hideDelayMs: number;
  /** Extra pixels around a mention's box that still count as hovering it. */
  slop: number;
  /** Mentions this far (px) beyond the viewport are laid out before they scroll in; the rest wait. */
  nearMarginPx: number;
  /** The most mentions laid out in one animation frame (one read pass, one write pass each). */
  perFrame: number;
}

export const DEFAULT_OVERLAY_OPTIONS: OverlayOptions = {
  hoverDelayMs: 120,
  hideDelayMs: 250,
  slop: 2,
  nearMarginPx: 1_500,
  perFrame: 150,
};

export interface Drawn {
  mention: LocatedMention;
  lines: HTMLElement[];
  /** Boxes in host coordinates, for hit-testing. */
  boxes: DOMRect[];
  /** False until laid out, and again after the page's layout changed while the mention was far from view. */
  fresh: boolean;
}

/** The overlay's parts and its moving state, shared by its steps. */
export interface Parts {
  doc: Document;
  win: Window;
  opts: OverlayOptions;
  entities: OverlayEntity[];
  strings: OverlayStrings;
  host: HTMLElement;
  root: ShadowRoot;
  layer: HTMLElement;
  card: HTMLElement;
  drawn: Drawn[];
  /** The mentions near the viewport now: the ones kept laid out, and the only ones hit-tested. */
  near: Set<Drawn>;
  /** One button per entity, over its first mention: its outline is the focus ring. */
  focusables: Map<number, { el: HTMLElement; at: Drawn }>;
  /** The buttons with the page node each follows in the Tab order, in reading order. */
  stops: RelayStop[];
  /** "Open the full card" (the card's button, or Enter on a stop). */
  openCard: (key: string) => void;
  shown: Drawn | null;
  hideTimer: ReturnType<typeof setTimeout> | undefined;
}
