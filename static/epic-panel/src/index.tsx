import { boot } from '../../common/boot';
import { EpicPanel } from './EpicPanel';

boot('Product work category', EpicPanel, () => import('./EpicDialogs'));
