import { forgeSender } from './forgeTransport';

const requestJira = jest.fn();
const asUser = jest.fn(() => ({ requestJira }));
const asApp = jest.fn(() => ({ requestJira }));

jest.mock('@forge/api', () => ({
  __esModule: true,
  default: { asUser: () => asUser(), asApp: () => asApp() },
  assumeTrustedRoute: (path: string) => ({ value: path }),
}));

beforeEach(() => {
  jest.clearAllMocks();
  requestJira.mockResolvedValue({ status: 200, headers: { get: (name: string) => (name === 'Retry-After' ? '3' : null) }, text: async () => '{"a":1}' });
});

describe('forgeSender', () => {
  it('returns the raw answer of requestJira called as the user with the path, query and JSON body', async () => {
    const response = await forgeSender()({ method: 'POST', path: '/rest/api/3/search/jql', query: { a: 'b c' }, body: { jql: 'project = PAY' } });
    expect(asUser).toHaveBeenCalledTimes(1);
    expect(requestJira).toHaveBeenCalledWith(
      { value: '/rest/api/3/search/jql?a=b+c' },
      {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: '{"jql":"project = PAY"}',
      },
    );
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"a":1}');
    expect(response.header('Retry-After')).toBe('3');
  });

  it('returns an answer from requestJira as the app, with no body or content type for a GET', async () => {
    await forgeSender('app')({ method: 'GET', path: '/rest/api/3/myself' });
    expect(asApp).toHaveBeenCalledTimes(1);
    expect(asUser).not.toHaveBeenCalled();
    expect(requestJira).toHaveBeenCalledWith({ value: '/rest/api/3/myself' }, { method: 'GET', headers: { Accept: 'application/json' }, body: undefined });
  });
});
