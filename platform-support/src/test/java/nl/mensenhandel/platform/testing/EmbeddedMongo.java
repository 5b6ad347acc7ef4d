package nl.mensenhandel.platform.testing;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded MongoDB wire-protocol store for tests (in-memory backend, random port). The real
 * MongoDB driver talks to it over TCP, as in production.
 *
 * <pre>
 * static final EmbeddedMongo MONGO = EmbeddedMongo.start();
 * &#64;DynamicPropertySource static void mongo(DynamicPropertyRegistry r) { r.add("spring.mongodb.uri", MONGO::uri); }
 * </pre>
 */
public final class EmbeddedMongo {

    private final MongoServer server;
    private final String uri;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public static EmbeddedMongo start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        EmbeddedMongo mongo = new EmbeddedMongo(server, address);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return mongo;
    }

    public String uri() {
        return uri;
    }

    public void stop() {
        server.shutdownNow();
    }
}
