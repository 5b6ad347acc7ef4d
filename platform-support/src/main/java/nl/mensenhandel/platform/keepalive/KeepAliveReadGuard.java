package nl.mensenhandel.platform.keepalive;

import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

/**
 * Starts the handling of every request in a later task of its connection's event loop, so that Reactor Netty never
 * finishes an answer inside the call that took the request from its queue.
 * <p>
 * Why: Reactor Netty 1.3.x (1.3.4 here; reactor-netty issue 4361, pull request 4347) stops reading a kept-alive
 * HTTP/1.1 connection when a request that arrived while the previous answer was still going out is then answered
 * at once. The request waits in the connection's queue; when the previous answer is done, Reactor Netty takes it
 * from the queue, and an answer written within that same call (a 401, the 404 of an unknown path, anything that
 * needs no I/O) finds the rest of the request still queued, so it leaves the next read to a later round that never
 * asks for one. The client's next request on that connection is never read, and it waits until it gives up: the
 * intermittent hangs of the system tests. Started one task later, the request's handling runs after the queue has
 * drained, and its answer asks for the next read as it should. The cost is one task on the event loop per request.
 * {@code KeepAliveReadGuardTest} shows the hang without this class and none with it; when a Reactor Netty with the
 * fix is used, its first test fails and says that this class can go.
 */
public final class KeepAliveReadGuard implements HttpHandlerDecoratorFactory {

    @Override
    public HttpHandler apply(HttpHandler handler) {
        return (request, response) -> {
            Connection connection = connectionOf(request);
            if (connection == null) {
                return handler.handle(request, response);
            }
            return Mono.defer(() -> handler.handle(request, response))
                    .subscribeOn(Schedulers.fromExecutor(connection.channel().eventLoop()));
        };
    }

    /** The request's Reactor Netty connection; none for a request that no server received (a test's mock). */
    private static Connection connectionOf(ServerHttpRequest request) {
        try {
            return ServerHttpRequestDecorator.getNativeRequest(request) instanceof Connection connection
                    ? connection : null;
        } catch (IllegalStateException mockRequest) {
            return null;
        }
    }
}
