package nl.mensenhandel.triage.meetings;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Whether a decision's meeting exists: reads the stored meetings ({@link Meeting}: {@code _id}, {@code region},
 * {@code tableId}).
 */
@Component
class StoredMeetingCheck implements MeetingCheck {

    static final String COLLECTION = "meetings";

    private final ReactiveMongoTemplate mongo;

    StoredMeetingCheck(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Boolean> isMeetingOf(String region, String meetingId, String tableId) {
        return mongo.exists(new Query(Criteria.where("_id").is(meetingId).and("region").is(region).and("tableId")
                .is(tableId)), Document.class, COLLECTION);
    }
}
