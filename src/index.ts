export { handler } from './resolvers/handler';
export { dailyRefreshHandler, jiraEventHandler, refreshConsumerHandler } from './forge/background';
