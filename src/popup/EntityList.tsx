import { bySalience } from '../shared/salience';
import { t } from '../shared/i18n';
import type { Entity, EntityType } from '../shared/types';
import { mentionsLabel } from './format';

const ORDER: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'typePerson' },
  { type: 'organization', label: 'typeOrganization' },
  { type: 'place', label: 'typePlace' },
  { type: 'event', label: 'typeEvent' },
];

/** Entities grouped by type, most salient first. Text only: names come from the page and are never markup. */
export function EntityList({ entities }: { entities: Entity[] }) {
  if (!entities.length) return <p class="empty">{t('popupNoEntities')}</p>;
  return (
    <section class="entities" aria-label={t('popupEntitiesHeading')}>
      {ORDER.map(({ type, label }) => {
        const group = entities.filter((e) => e.type === type).sort(bySalience);
        if (!group.length) return null;
        return (
          <section class="entity-group" data-type={type} key={type}>
            <h2>{t(label)}</h2>
            <ul>
              {group.map((entity) => (
                <li class="entity" key={`${entity.type}:${entity.name}`}>
                  <span class="entity-name">{entity.name}</span>
                  {entity.role && <span class="entity-role">{entity.role}</span>}
                  <span class="entity-count">{mentionsLabel(entity.mentions.length)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
