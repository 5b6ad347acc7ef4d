package nl.mensenhandel.signal.statistics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.BsonValue;
import org.springframework.stereotype.Component;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * Counts the writes this instance sent to the signals and their links (a driver command listener: every insert,
 * update, delete or findAndModify on {@code signals} or {@code signal_links}, whichever code sent it), counted once
 * the store answered — so a write counted here is visible to a read that starts after it. With the number of
 * documents in both collections (a constant-time count on both stores) it is the cheap first check of
 * {@link StatisticsSnapshots}: when neither moved, nothing changed and no region is looked at. Documents loaded
 * straight into the store by another program move the number of documents; writes of another instance of this
 * service are seen by that instance's own refresh (every instance runs it against the same snapshots). Registered
 * with the driver by {@link StatisticsConfiguration}.
 */
@Component
public class SignalWrites implements CommandListener {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findAndModify");
    private static final Set<String> WATCHED = Set.of(SignalStatisticsSource.SIGNALS, SignalStatisticsSource.LINKS);

    private final AtomicLong writes = new AtomicLong();
    private final Map<Integer, Boolean> pending = new ConcurrentHashMap<>();

    /** The number of writes to the signals or their links this instance has seen answered. */
    public long count() {
        return writes.get();
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (WRITE_COMMANDS.contains(event.getCommandName())) {
            BsonValue collection = event.getCommand().get(event.getCommandName());
            if (collection != null && collection.isString() && WATCHED.contains(collection.asString().getValue())) {
                pending.put(event.getRequestId(), Boolean.TRUE);
            }
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        answered(event.getRequestId());
    }

    /** A failed write may still have changed something (part of a batch): counted too. */
    @Override
    public void commandFailed(CommandFailedEvent event) {
        answered(event.getRequestId());
    }

    private void answered(int requestId) {
        if (pending.remove(requestId) != null) {
            writes.incrementAndGet();
        }
    }
}
