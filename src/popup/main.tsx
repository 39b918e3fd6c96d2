/** The popup's entry: the stored state's read starts first (boot.ts), the interface renders what it finds. */
import { api, first } from './boot';
import { mount } from './mount';

void mount(api, first);
