/** Polish organizations' names around their head word (see OrganizationNameWords). */
import type { OrganizationNameWords } from '../types';

export const organizationNames: OrganizationNameWords = {
  // "Ministerstwo Pracy i Polityki Społecznej", "Ministerstwa Nauki i Szkolnictwa Wyższego": the head's case forms.
  heads: (
    'Ministerstwo Ministerstwa Ministerstwie Ministerstwem Ministerstwu Instytut Instytutu Instytucie Urząd ' +
    'Urzędu Urzędzie Fundacja Fundacji Fundację Stowarzyszenie Stowarzyszenia Związek Związku Uniwersytet ' +
    'Uniwersytetu Akademia Akademii Komisja Komisji Komisję Rada Rady Radzie Agencja Agencji Izba Izby ' +
    'Kancelaria Kancelarii Fundusz Funduszu Trybunał Trybunału Sąd Sądu Bank Banku'
  ).split(' '),
  of: ['dla', 'do', 'ds.'],
  and: ['i', 'oraz'],
  articles: [],
  afterHead: 'genitive',
};
