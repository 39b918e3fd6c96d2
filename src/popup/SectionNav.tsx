import { t } from '../shared/i18n';
import type { TabState } from '../shared/tab-state';

/**
 * Jump links to the popup's sections (a navigation landmark): People, Organizations, Places, Events, Related
 * coverage, each with its count, shown only when the section has something. Sections stay one scrolling list so
 * nothing is hidden from a screen reader's reading order; the links move focus to the section's heading.
 */
export interface SectionLink {
  id: 'person' | 'organization' | 'place' | 'events' | 'coverage';
  label: string;
  count: number;
  /** Where the section is rendered (each section's component owns its markup). */
  selector: string;
}

export function sectionLinks(state: TabState): SectionLink[] {
  const s = state as TabState & {
    cards?: { cards?: { type: string }[] } | null;
    coverage?: { items?: unknown[] } | null;
  };
  const entities = state.analysis?.entities ?? [];
  const countOf = (type: string) =>
    s.cards?.cards
      ? s.cards.cards.filter((c) => c.type === type).length
      : entities.filter((e) => e.type === type).length;
  const links: SectionLink[] = [
    { id: 'person', label: t('typePerson'), count: countOf('person'), selector: '[data-type="person"]' },
    {
      id: 'organization',
      label: t('typeOrganization'),
      count: countOf('organization'),
      selector: '[data-type="organization"]',
    },
    { id: 'place', label: t('typePlace'), count: countOf('place'), selector: '[data-type="place"]' },
    { id: 'events', label: t('popupEventsHeading'), count: state.analysis?.events?.length ?? 0, selector: '.events' },
    { id: 'coverage', label: t('navCoverage'), count: s.coverage?.items?.length ?? 0, selector: '.coverage' },
  ];
  return links.filter((l) => l.count > 0);
}

export function SectionNav({ state }: { state: TabState }) {
  const links = sectionLinks(state);
  if (links.length < 2) return null;
  const go = (event: Event, link: SectionLink) => {
    event.preventDefault();
    const section = document.querySelector<HTMLElement>(link.selector);
    if (!section) return;
    const heading = section.querySelector<HTMLElement>('h2') ?? section;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    section.scrollIntoView({
      block: 'start',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  };
  return (
    <nav class="section-nav" aria-label={t('navLabel')}>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a
              href={`#${link.id}`}
              onClick={(e) => go(e, link)}
              aria-label={`${link.label}, ${t('navCount', [String(link.count)])}`}
            >
              {link.label} <span class="count">{link.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
