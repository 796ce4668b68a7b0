import { boot } from '../../common/boot';
import { PortfolioPage } from './PortfolioPage';

boot('Portfolio review', PortfolioPage);
