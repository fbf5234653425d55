import { Agent, EnvHttpProxyAgent, interceptors, type Dispatcher } from 'undici';
import type { ResolvedHttpClientOptions } from './options.js';
import { createRetryCallback } from './retry-policy.js';

/**
 * The one place that owns sockets. Interceptor order matters: compose() wraps each interceptor around
 * the previous ones, so redirect (last) is outermost and every hop gets its own retries — a retry never
 * replays the whole redirect chain, and the redirect handler's history names the final URL.
 */
export function createDispatcher(options: ResolvedHttpClientOptions): { dispatcher: Dispatcher; agent: Dispatcher } {
  const agentOptions: Agent.Options = {
    connections: options.connectionsPerOrigin,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.bodyTimeoutMs,
    connect: { timeout: options.connectTimeoutMs },
    // Compressed bytes on the wire; the decoded size is limited again while reading.
    maxResponseSize: options.maxBytes,
    keepAliveTimeout: options.keepAliveTimeoutMs,
    // Caps the server's Keep-Alive hint too, so idle sockets never outlive our own setting.
    keepAliveMaxTimeout: options.keepAliveTimeoutMs,
  };
  const agent = hasProxy(options) ? proxyAgent(options, agentOptions) : new Agent(agentOptions);
  const dispatcher = agent.compose(
    interceptors.retry({
      maxRetries: options.maxRetries,
      // Keep the final 429/5xx response instead of a bare RequestRetryError, so its status and
      // Retry-After reach HttpStatusError like any other status.
      throwOnError: false,
      retry: createRetryCallback(options),
    }),
    interceptors.redirect({ maxRedirections: options.maxRedirects }),
  );
  return { dispatcher, agent };
}

function hasProxy({ proxy }: ResolvedHttpClientOptions): boolean {
  return Boolean(proxy.httpProxy || proxy.httpsProxy);
}

/**
 * EnvHttpProxyAgent applies NO_PROXY per request. Every value is passed explicitly ('' = none), because
 * for an absent one it would read process.env itself. Plain-http targets go to the proxy as absolute-URI
 * requests rather than CONNECT tunnels: that is what every forward proxy understands, and many
 * (squid's default) refuse CONNECT to anything but port 443.
 */
function proxyAgent({ proxy }: ResolvedHttpClientOptions, agentOptions: Agent.Options): Dispatcher {
  return new EnvHttpProxyAgent({
    ...agentOptions,
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? proxy.httpProxy ?? '',
    noProxy: proxy.noProxy ?? '',
    proxyTunnel: false,
  });
}
