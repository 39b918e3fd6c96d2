import { t } from '../shared/i18n';
import { tn } from '../shared/plural';
import type { TabState } from '../shared/tab-state';

/**
 * Jump links to the popup's sections (a navigation landmark): Coverage, People and organizations, Places, Events,
 * each with its count, shown only when the section has something. Sections stay one scrolling list so
 * nothing is hidden from a screen reader's reading order; the links move focus to the section's heading.
 */
export interface SectionLink {
  id: 'cast' | 'place' | 'events' | 'coverage';
  label: string;
  count: number;
  /** Where the section is rendered (each section's component owns its markup). */
  selector: string;
}

export function sectionLinks(state: TabState): SectionLink[] {
  const entities = state.analysis?.entities ?? [];
  const cards = state.cards?.cards;
  const countOf = (...types: string[]) => (cards ?? entities).filter((c) => types.includes(c.type)).length;
  const links: SectionLink[] = [
    { id: 'coverage', label: t('navCoverage'), count: state.coverage?.items?.length ?? 0, selector: '.coverage' },
    { id: 'cast', label: t('navCast'), count: countOf('person', 'organization'), selector: '.cards, .entities' },
    {
      id: 'place',
      label: t('typePlace'),
      count: countOf('place'),
      selector: '.places, .entity-group[data-type="place"]',
    },
    { id: 'events', label: t('popupEventsHeading'), count: state.analysis?.events?.length ?? 0, selector: '.events' },
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
    // A section's heading takes focus; a group that is one button ("11 places") focuses that button.
    const heading = section.querySelector<HTMLElement>('h2') ?? section.querySelector<HTMLElement>('button') ?? section;
    if (heading.tagName !== 'BUTTON') heading.tabIndex = -1;
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
              aria-label={`${link.label}, ${tn('navCount', { count: link.count })}`}
            >
              {link.label} <span class="count">{link.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
