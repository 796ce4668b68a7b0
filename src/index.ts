export { handler } from './resolvers/handler';
