import { boot } from '../../common/boot';
import { ProductPage } from './ProductPage';

boot('Product Lens', ProductPage, () => import('./ProductDialogs'));
